#pragma once

#include "core/dicom/ImportProblem.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <cstdint>
#include <memory>
#include <string>
#include <variant>

namespace pellucid {

class InputFile;

// The data set of a DICOM file up to, not including, the value of Pixel Data, as DCMTK parsed
// it (Part 10 or bare data set, any byte order; values longer than DCM_MaxReadLength stay on
// disk), and where the parse stopped. Import and pixel access both start here.
struct DatasetHeader {
    std::unique_ptr<DcmFileFormat> file;
    bool hasMetaHeader = true;
    // Right after the Pixel Data element's header, or the file size when there is none.
    std::uint64_t stoppedAt = 0;
    E_TransferSyntax xfer = EXS_Unknown; // of the data set as read (EXS_Unknown: HTJ2K & co.)
    std::string transferSyntaxUid;       // from the meta header when present, else from xfer

    DcmDataset& dataset() const { return *file->getDataset(); }
};

std::variant<DatasetHeader, ImportProblem> readDatasetHeader(const InputFile& input);

} // namespace pellucid
