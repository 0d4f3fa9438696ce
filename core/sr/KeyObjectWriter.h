#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

class DcmDataset;
class DcmFileFormat;

namespace pellucid {

// A Key Object Selection document (PS3.3 A.59, TID 2010) as the viewer's "mark as key image" and
// `pellucid-cli keyimages` write it: the document title from CID 7010 (default 113000 "Of
// Interest"), an optional Key Object Description, the images (and frames), in a new series of the
// first image's study, ISO_IR 192.
struct KeyObjectContent {
    struct Image {
        const DcmDataset* dataset = nullptr; // its header; not owned
        std::vector<int> frames; // 1-based, multi-frame images only; empty: the whole image
    };
    std::vector<Image> images;
    std::string titleCode = "113000"; // CID 7010 code value (DCM)
    std::string description;          // UTF-8; empty: none
};

struct BuiltKeyObject {
    std::unique_ptr<DcmFileFormat> file;
    std::string sopInstanceUid, seriesInstanceUid, studyInstanceUid;
};

// The CID 7010 meaning of `code`, or empty when it is not one of the list.
std::string keyObjectTitleMeaning(const std::string& code);

std::variant<BuiltKeyObject, std::string> buildKeyObject(const KeyObjectContent& content);

} // namespace pellucid
