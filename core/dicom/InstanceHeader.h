#pragma once

#include "core/dicom/ImportProblem.h"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>

class DcmItem;

namespace pellucid {
class InputFile;
}

namespace pellucid {

// What the cache index keeps of one DICOM instance: the attributes a C-FIND returns at the
// patient, study, series and image levels, as trimmed UTF-8.
struct InstanceHeader {
    std::string patientName;
    std::string patientId;
    std::string issuerOfPatientId;
    std::string patientBirthDate;
    std::string patientSex;

    std::string studyInstanceUid;
    std::string studyDate;
    std::string studyTime;
    std::string accessionNumber;
    std::string studyId;
    std::string studyDescription;
    std::string referringPhysicianName;

    std::string seriesInstanceUid;
    std::string modality;
    std::optional<long long> seriesNumber;
    std::string seriesDescription;
    std::string bodyPartExamined;
    std::string seriesDate;
    std::string seriesTime;

    std::string sopInstanceUid;
    std::string sopClassUid;
    std::optional<long long> instanceNumber;
    std::string transferSyntaxUid;
    std::optional<long long> rows;
    std::optional<long long> columns;
    std::optional<long long> numberOfFrames;

    std::string specificCharacterSet; // as found in the file, for diagnostics
    bool hasMetaHeader = true;        // false: a bare dataset (no preamble/"DICM"/group 0002)
    bool lacksPixelData = false; // an image storage class without Pixel Data: imported, flagged

    // Fills every field from a dataset; `transferSyntaxUid` is left to the caller.
    static InstanceHeader fromDataset(DcmItem& dataset);
    // The UIDs a cache entry cannot live without; empty when all are present.
    std::string firstMissingUid() const;
};

using HeaderResult = std::variant<InstanceHeader, ImportProblem>;

// The NotAnInstance detail for a media directory, so that callers can follow it instead.
inline constexpr const char* kDicomdirDetail = "a DICOMDIR (media directory)";

// Reads the header of a DICOM file, Part 10 or bare dataset (implicit or explicit VR), stopping
// before Pixel Data. Problems come back with a reason, never as an exception.
HeaderResult readInstanceHeader(const std::filesystem::path& file);
HeaderResult readInstanceHeader(const InputFile& file);

} // namespace pellucid
