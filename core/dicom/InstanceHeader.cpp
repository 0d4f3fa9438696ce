#include "core/dicom/InstanceHeader.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomText.h"
#include "core/dicom/InputFile.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <array>
#include <cerrno>
#include <cstdio>
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

std::uint32_t readUint32(const unsigned char* b, bool bigEndian) {
    return bigEndian ? (std::uint32_t(b[0]) << 24) | (b[1] << 16) | (b[2] << 8) | b[3]
                     : (std::uint32_t(b[3]) << 24) | (b[2] << 16) | (b[1] << 8) | b[0];
}

std::uint16_t readUint16(const unsigned char* b, bool bigEndian) {
    return static_cast<std::uint16_t>(bigEndian ? (b[0] << 8) | b[1] : (b[1] << 8) | b[0]);
}

// What follows Pixel Data (padding, signatures) must be whole too: walk the element headers to
// the end of the file. Anything that does not look like an element (a few zero bytes, vendor
// junk) is left alone; only an element that claims more bytes than are left is a truncation.
std::string trailingElementsProblem(const InputFile& in, std::uint64_t pos, bool explicitVr,
                                    bool big) {
    const std::uint64_t fileSize = in.size();
    std::uint16_t lastGroup = 0x7FE0;
    while (pos + 8 <= fileSize) {
        unsigned char h[12] = {};
        const std::uint64_t available = std::min<std::uint64_t>(12, fileSize - pos);
        if (in.readAt(pos, h, available) != static_cast<long long>(available))
            return {};
        const std::uint16_t group = readUint16(h, big);
        if (group < lastGroup)
            return {}; // not an element in ascending order: not ours to judge
        lastGroup = group;
        std::uint64_t headerSize = 8;
        std::uint32_t length = readUint32(h + 4, big);
        if (explicitVr) {
            const std::string vr(reinterpret_cast<const char*>(h + 4), 2);
            static const std::string longForms = "OBODOFOLOVOWSQSVUCURUTUNUV";
            bool isLong = false;
            for (std::size_t i = 0; i < longForms.size(); i += 2)
                isLong = isLong || vr == longForms.substr(i, 2);
            if (isLong) {
                if (available < 12)
                    return "the file ends inside the header of element after Pixel Data";
                headerSize = 12;
                length = readUint32(h + 8, big);
            } else {
                length = readUint16(h + 6, big);
            }
        }
        if (length == 0xFFFFFFFFu)
            return {}; // a sequence after Pixel Data: rare, and DCMTK reads it when needed
        if (pos + headerSize + length > fileSize) {
            char tag[16];
            std::snprintf(tag, sizeof tag, "(%04X,%04X)", group, readUint16(h + 2, big));
            return std::string("element ") + tag + " after Pixel Data needs " +
                   std::to_string(length) + " bytes, the file holds " +
                   std::to_string(fileSize - pos - headerSize);
        }
        pos += headerSize + length;
    }
    return {};
}

// DCMTK stops right after the Pixel Data element's header without telling its length or
// checking it against the file. A truncated image must be refused at import, not discovered
// when a radiologist opens it, so walk the value: a defined length must fit in the file, an
// encapsulated one must be a chain of items ending with a sequence delimiter inside the file.
std::string pixelDataProblem(const InputFile& in, std::uint64_t valueOffset, const DcmXfer& xfer) {
    const std::uint64_t fileSize = in.size();
    const bool big = xfer.isBigEndian();
    // The header is tag + VR + 2 reserved + length (explicit OB/OW) or tag + length (implicit;
    // also files that claim explicit VR but are not, which DCMTK is told to accept).
    unsigned char header[12];
    if (valueOffset < 12 || in.readAt(valueOffset - 12, header, 12) != 12)
        return "cannot read the Pixel Data element header";
    auto isPixelDataTag = [&](const unsigned char* b) {
        return readUint16(b, big) == 0x7FE0 && readUint16(b + 2, big) == 0x0010;
    };
    const unsigned char* tagAt = xfer.isExplicitVR() && isPixelDataTag(header) ? header
                                 : isPixelDataTag(header + 4)                  ? header + 4
                                                                               : nullptr;
    if (!tagAt)
        return {}; // parsing ended for another reason (trailing padding); nothing to check
    const std::uint32_t length = readUint32(header + 8, big);
    if (length != 0xFFFFFFFFu) {
        if (valueOffset + length > fileSize)
            return "Pixel Data needs " + std::to_string(length) + " bytes, the file holds " +
                   std::to_string(fileSize - valueOffset);
        return trailingElementsProblem(in, valueOffset + length, tagAt == header, big);
    }
    std::uint64_t pos = valueOffset;
    for (std::size_t items = 0;; ++items) {
        unsigned char item[8];
        if (pos + 8 > fileSize || in.readAt(pos, item, 8) != 8)
            return "encapsulated Pixel Data ends after " + std::to_string(items) +
                   " items without a sequence delimiter";
        const std::uint16_t group = readUint16(item, big);
        const std::uint16_t element = readUint16(item + 2, big);
        const std::uint32_t itemLength = readUint32(item + 4, big);
        if (group == 0xFFFE && element == 0xE0DD)
            return trailingElementsProblem(in, pos + 8, tagAt == header, big);
        if (group != 0xFFFE || element != 0xE000 || itemLength == 0xFFFFFFFFu)
            return "encapsulated Pixel Data holds something other than fragments";
        pos += 8;
        if (pos + itemLength > fileSize)
            return "fragment " + std::to_string(items) + " of the encapsulated Pixel Data needs " +
                   std::to_string(itemLength) + " bytes, the file holds " +
                   std::to_string(fileSize - pos);
        pos += itemLength;
    }
}

} // namespace

InstanceHeader InstanceHeader::fromDataset(DcmItem& dataset) {
    const DicomText t(dataset, DicomText::charsetOf(dataset));
    InstanceHeader h;
    h.patientName = t.text(DCM_PatientName);
    h.patientId = t.text(DCM_PatientID);
    h.issuerOfPatientId = t.text(DCM_IssuerOfPatientID);
    h.patientBirthDate = t.date(DCM_PatientBirthDate);
    h.patientSex = t.code(DCM_PatientSex);
    h.studyInstanceUid = t.code(DCM_StudyInstanceUID);
    h.studyDate = t.date(DCM_StudyDate);
    h.studyTime = t.code(DCM_StudyTime);
    h.accessionNumber = t.text(DCM_AccessionNumber);
    h.studyId = t.text(DCM_StudyID);
    h.studyDescription = t.text(DCM_StudyDescription);
    h.referringPhysicianName = t.text(DCM_ReferringPhysicianName);
    h.seriesInstanceUid = t.code(DCM_SeriesInstanceUID);
    h.modality = t.code(DCM_Modality);
    h.seriesNumber = t.integer(DCM_SeriesNumber);
    h.seriesDescription = t.text(DCM_SeriesDescription);
    h.bodyPartExamined = t.code(DCM_BodyPartExamined);
    h.seriesDate = t.date(DCM_SeriesDate);
    h.seriesTime = t.code(DCM_SeriesTime);
    h.sopInstanceUid = t.code(DCM_SOPInstanceUID);
    h.sopClassUid = t.code(DCM_SOPClassUID);
    h.instanceNumber = t.integer(DCM_InstanceNumber);
    h.rows = t.integer(DCM_Rows);
    h.columns = t.integer(DCM_Columns);
    h.numberOfFrames = t.integer(DCM_NumberOfFrames);
    h.specificCharacterSet = t.code(DCM_SpecificCharacterSet);
    return h;
}

std::string InstanceHeader::firstMissingUid() const {
    if (sopInstanceUid.empty())
        return "SOPInstanceUID (0008,0018)";
    if (sopClassUid.empty())
        return "SOPClassUID (0008,0016)";
    if (studyInstanceUid.empty())
        return "StudyInstanceUID (0020,000D)";
    if (seriesInstanceUid.empty())
        return "SeriesInstanceUID (0020,000E)";
    return {};
}

HeaderResult readInstanceHeader(const std::filesystem::path& file) {
    std::string error;
    const auto input = InputFile::open(file, &error);
    if (!input)
        return ImportProblem{ImportProblemKind::Unreadable, file.string(), error};
    return readInstanceHeader(*input);
}

HeaderResult readInstanceHeader(const InputFile& input) {
    const std::string pathText = input.path().string();
    auto problem = [&](ImportProblemKind kind, std::string detail) -> HeaderResult {
        return ImportProblem{kind, pathText, std::move(detail)};
    };
    if (const std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty())
        return problem(ImportProblemKind::Unreadable, dcmtk);

    const std::uint64_t size = input.size();
    if (size == 0)
        return problem(ImportProblemKind::EmptyFile, {});

    std::string sniffError;
    const Layout layout = sniffLayout(input, &sniffError);
    if (layout == Layout::Unknown)
        return problem(ImportProblemKind::NotDicom, sniffError);

    // What DcmFileFormat::loadFileUntilTag does, keeping the stream to learn where parsing
    // stopped. Values longer than DCM_MaxReadLength stay on disk.
    DcmFileFormat fileFormat;
    DcmInputFileStream stream(pathText.c_str());
    if (stream.status().bad())
        return problem(ImportProblemKind::Unreadable, stream.status().text());
    // Part 10 files are read with auto-detection too: a meta header that lacks its Transfer
    // Syntax UID is still worth reading (DCMTK then looks at the data set itself).
    fileFormat.setReadMode(layout == Layout::Part10 ? ERM_autoDetect : ERM_dataset);
    fileFormat.transferInit();
    const OFCondition cond = fileFormat.readUntilTag(stream, EXS_Unknown, EGL_noChange,
                                                     DCM_MaxReadLength, DCM_PixelData);
    fileFormat.transferEnd();
    if (cond.bad()) {
        if (isPrematureEnd(cond))
            return problem(ImportProblemKind::Truncated,
                           std::string("a data element runs past the end of the file (") +
                               cond.text() + ")");
        return problem(ImportProblemKind::Unreadable, cond.text());
    }
    const auto stoppedAt = static_cast<std::uint64_t>(stream.tell());

    DcmDataset& dataset = *fileFormat.getDataset();
    const DcmXfer xfer(dataset.getOriginalXfer());
    DcmMetaInfo& meta = *fileFormat.getMetaInfo();
    OFString mediaClass;
    meta.findAndGetOFString(DCM_MediaStorageSOPClassUID, mediaClass);
    if (mediaClass == UID_MediaStorageDirectoryStorage)
        return problem(ImportProblemKind::NotAnInstance, kDicomdirDetail);

    InstanceHeader header = InstanceHeader::fromDataset(dataset);
    header.hasMetaHeader = layout == Layout::Part10;
    OFString metaXfer;
    if (meta.findAndGetOFString(DCM_TransferSyntaxUID, metaXfer).good() && !metaXfer.empty())
        header.transferSyntaxUid = trimDicomValues(metaXfer.c_str());
    else
        header.transferSyntaxUid = xfer.getXferID();
    if (header.sopClassUid.empty() && !mediaClass.empty())
        header.sopClassUid = trimDicomValues(mediaClass.c_str());
    if (header.sopInstanceUid.empty()) {
        OFString mediaInstance;
        meta.findAndGetOFString(DCM_MediaStorageSOPInstanceUID, mediaInstance);
        header.sopInstanceUid = trimDicomValues(mediaInstance.c_str());
    }
    if (const std::string missing = header.firstMissingUid(); !missing.empty()) {
        // Color palettes, hanging protocols and the like are stored objects without a patient
        // or study: say what they are rather than what they lack.
        if (header.studyInstanceUid.empty() && !header.sopClassUid.empty() &&
            !dcmIsImageStorageSOPClassUID(header.sopClassUid.c_str()) && header.patientId.empty() &&
            header.patientName.empty()) {
            const char* name = dcmFindNameOfUID(header.sopClassUid.c_str());
            return problem(ImportProblemKind::NotAnInstance,
                           std::string(name ? name : header.sopClassUid.c_str()) +
                               ", not part of a patient's study");
        }
        return problem(ImportProblemKind::MissingAttribute, missing);
    }

    if (stoppedAt < size && xfer.getStreamCompression() == ESC_none) {
        if (std::string why = pixelDataProblem(input, stoppedAt, xfer); !why.empty())
            return problem(ImportProblemKind::Truncated, why);
    } else if (stoppedAt >= size && dcmIsImageStorageSOPClassUID(header.sopClassUid.c_str()) &&
               !dataset.tagExists(DCM_FloatPixelData) &&
               !dataset.tagExists(DCM_DoubleFloatPixelData)) {
        // Header-only images exist (test files, some anonymisers), and a file cut exactly
        // between two elements looks the same: keep it, and say so.
        header.lacksPixelData = true;
    }
    return header;
}

} // namespace pellucid
