#include "core/dicom/DatasetHeader.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomText.h"
#include "core/dicom/InputFile.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace pellucid {
namespace {

constexpr std::size_t kPreambleSize = 128;

enum class Layout { Part10, BareDataset, Unknown };

// A bare dataset (no preamble, no meta header) starts with a low group: (0008,xxxx) as a rule,
// (0000,xxxx) or (0002,xxxx) in some old files. Anything else is not worth handing to DCMTK,
// which would otherwise "parse" a text file into nonsense elements.
bool looksLikeBareDataset(const unsigned char* b, std::size_t n) {
    if (n < 8)
        return false;
    const unsigned groupLE = b[0] | (b[1] << 8);
    const unsigned groupBE = (b[0] << 8) | b[1];
    auto plausible = [](unsigned g) { return g == 0x0000 || g == 0x0002 || g == 0x0008; };
    return plausible(groupLE) || plausible(groupBE);
}

Layout sniffLayout(const InputFile& file, std::string* error) {
    std::array<unsigned char, kPreambleSize + 4> head{};
    const long long got = file.readAt(0, head.data(), head.size());
    if (got < 0) {
        *error = std::strerror(errno);
        return Layout::Unknown;
    }
    if (got == static_cast<long long>(head.size()) && head[128] == 'D' && head[129] == 'I' &&
        head[130] == 'C' && head[131] == 'M')
        return Layout::Part10;
    if (looksLikeBareDataset(head.data(), static_cast<std::size_t>(got)))
        return Layout::BareDataset;
    *error = file.size() < 132 ? "too short for a DICOM file and no data element at its start"
                               : "no DICM prefix at byte 128 and no data element at its start";
    return Layout::Unknown;
}

bool isPrematureEnd(const OFCondition& c) {
    // DCMTK reports a value running past the end of the file as one of these.
    return c == EC_StreamNotifyClient || c == EC_EndOfStream || c == EC_InvalidStream ||
           c == EC_PrematureSequDelimitationItem || c == EC_SequEnd || c == EC_ItemEnd;
}

} // namespace

std::variant<DatasetHeader, ImportProblem> readDatasetHeader(const InputFile& input) {
    const std::string pathText = input.path().string();
    auto problem = [&](ImportProblemKind kind, std::string detail) {
        return ImportProblem{kind, pathText, std::move(detail)};
    };
    if (const std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty())
        return problem(ImportProblemKind::Unreadable, dcmtk);
    if (input.size() == 0)
        return problem(ImportProblemKind::EmptyFile, {});
    std::string sniffError;
    const Layout layout = sniffLayout(input, &sniffError);
    if (layout == Layout::Unknown)
        return problem(ImportProblemKind::NotDicom, sniffError);

    // What DcmFileFormat::loadFileUntilTag does, keeping the stream to learn where parsing
    // stopped. Values longer than DCM_MaxReadLength stay on disk.
    DatasetHeader header;
    header.file = std::make_unique<DcmFileFormat>();
    DcmInputFileStream stream(pathText.c_str());
    if (stream.status().bad())
        return problem(ImportProblemKind::Unreadable, stream.status().text());
    // Part 10 files are read with auto-detection too: a meta header that lacks its Transfer
    // Syntax UID is still worth reading (DCMTK then looks at the data set itself).
    header.file->setReadMode(layout == Layout::Part10 ? ERM_autoDetect : ERM_dataset);
    header.file->transferInit();
    const OFCondition cond = header.file->readUntilTag(stream, EXS_Unknown, EGL_noChange,
                                                       DCM_MaxReadLength, DCM_PixelData);
    header.file->transferEnd();
    if (cond.bad()) {
        if (isPrematureEnd(cond))
            return problem(ImportProblemKind::Truncated,
                           std::string("a data element runs past the end of the file (") +
                               cond.text() + ")");
        return problem(ImportProblemKind::Unreadable, cond.text());
    }
    header.stoppedAt = static_cast<std::uint64_t>(stream.tell());
    header.hasMetaHeader = layout == Layout::Part10;
    header.xfer = header.dataset().getOriginalXfer();
    OFString metaXfer;
    if (header.file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, metaXfer).good() &&
        !metaXfer.empty())
        header.transferSyntaxUid = trimDicomValues(metaXfer.c_str());
    else
        header.transferSyntaxUid = DcmXfer(header.xfer).getXferID();
    return header;
}

} // namespace pellucid
