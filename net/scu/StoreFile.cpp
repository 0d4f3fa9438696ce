#include "net/scu/StoreFile.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace pellucid {

StoreFile readStoreFile(const std::filesystem::path& path) {
    StoreFile file;
    file.path = path;
    std::error_code ec;
    file.bytes = std::filesystem::file_size(path, ec);
    if (ec) {
        file.error = "cannot read " + path.string() + ": " + ec.message();
        return file;
    }
    DcmFileFormat format;
    // Stop before the pixels: the header is all the plan needs.
    const OFCondition cond = format.loadFileUntilTag(
        path.c_str(), EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect, DCM_PixelData);
    if (cond.bad()) {
        file.error = "not a readable DICOM file (" + path.string() + "): " + cond.text();
        return file;
    }
    OFString value;
    DcmDataset* dataset = format.getDataset();
    if (dataset->findAndGetOFString(DCM_SOPClassUID, value).good())
        file.sopClassUid = value.c_str();
    if (dataset->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        file.sopInstanceUid = value.c_str();
    const E_TransferSyntax xfer = dataset->getOriginalXfer();
    if (xfer != EXS_Unknown)
        file.transferSyntaxUid = DcmXfer(xfer).getXferID();
    if (file.sopClassUid.empty() || file.sopInstanceUid.empty()) {
        file.error = "no SOP Class or SOP Instance UID in " + path.string();
        return file;
    }
    file.readable = true;
    return file;
}

} // namespace pellucid
