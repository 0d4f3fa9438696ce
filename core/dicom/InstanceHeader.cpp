#include "core/dicom/InstanceHeader.h"

#include "core/dicom/DatasetHeader.h"
#include "core/dicom/DicomText.h"
#include "core/dicom/InputFile.h"
#include "core/dicom/PixelDataLocation.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace pellucid {
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
    auto parsed = readDatasetHeader(input);
    if (auto* p = std::get_if<ImportProblem>(&parsed))
        return std::move(*p);
    DatasetHeader& parsedHeader = std::get<DatasetHeader>(parsed);
    DcmDataset& dataset = parsedHeader.dataset();
    DcmMetaInfo& meta = *parsedHeader.file->getMetaInfo();
    OFString mediaClass;
    meta.findAndGetOFString(DCM_MediaStorageSOPClassUID, mediaClass);
    if (mediaClass == UID_MediaStorageDirectoryStorage)
        return problem(ImportProblemKind::NotAnInstance, kDicomdirDetail);

    InstanceHeader header = InstanceHeader::fromDataset(dataset);
    header.hasMetaHeader = parsedHeader.hasMetaHeader;
    header.transferSyntaxUid = parsedHeader.transferSyntaxUid;
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

    // DCMTK stops right after the Pixel Data element's header without checking its length
    // against the file. A truncated image must be refused at import, not discovered when a
    // radiologist opens it.
    const DcmXfer xfer(dataset.getOriginalXfer());
    const std::uint64_t size = input.size();
    if (parsedHeader.stoppedAt < size && xfer.getStreamCompression() == ESC_none) {
        const PixelDataScan scan =
            locatePixelData(input, parsedHeader.stoppedAt, xfer.isExplicitVR(), xfer.isBigEndian());
        std::string why = scan.problem;
        if (why.empty() && scan.located)
            why = trailingElementsProblem(input, scan.located->end, scan.located->explicitVr,
                                          scan.located->bigEndian);
        if (!why.empty())
            return problem(ImportProblemKind::Truncated, why);
    } else if (parsedHeader.stoppedAt >= size &&
               dcmIsImageStorageSOPClassUID(header.sopClassUid.c_str()) &&
               !dataset.tagExists(DCM_FloatPixelData) &&
               !dataset.tagExists(DCM_DoubleFloatPixelData)) {
        // Header-only images exist (test files, some anonymisers), and a file cut exactly
        // between two elements looks the same: keep it, and say so.
        header.lacksPixelData = true;
    }
    return header;
}

} // namespace pellucid
