#pragma once

#include "core/dicom/ImportProblem.h"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

// What a DICOMDIR (PS3.10 media directory) says is on the media, with every referenced file
// resolved against the real folder: file IDs are upper case on the media but often lower case
// once copied or mounted, and some carry ISO 9660 ";1" version suffixes.
struct DicomdirFile {
    std::string recordType;         // IMAGE, SR DOCUMENT, PRESENTATION, ...
    std::string fileId;             // as recorded, components joined with '/'
    std::filesystem::path resolved; // empty when the file is missing or outside the media
    std::optional<ImportProblem> problem;
    std::string sopInstanceUid;
    std::string sopClassUid;
    std::string transferSyntaxUid;
    std::optional<long long> instanceNumber;
};

struct DicomdirSeries {
    std::string seriesInstanceUid, modality, seriesDescription;
    std::optional<long long> seriesNumber;
    std::vector<DicomdirFile> files;
};

struct DicomdirStudy {
    std::string studyInstanceUid, studyDate, studyTime, studyDescription, accessionNumber, studyId;
    std::vector<DicomdirSeries> series;
};

struct DicomdirPatient {
    std::string patientName, patientId, patientBirthDate, patientSex;
    std::vector<DicomdirStudy> studies;
};

struct Dicomdir {
    std::filesystem::path path;
    std::string fileSetId;
    std::vector<DicomdirPatient> patients;
    std::vector<DicomdirFile> otherFiles; // referenced outside a patient/study/series branch
    bool readInRecordOrder = false;       // the offsets were broken: hierarchy from record order

    // Every referenced file, in record order.
    std::vector<const DicomdirFile*> allFiles() const;
};

std::variant<Dicomdir, ImportProblem> readDicomdir(const std::filesystem::path& dicomdirFile);

// True for a file named DICOMDIR in any letter case (the name PS3.10 reserves for it).
bool hasDicomdirName(const std::filesystem::path& file);

} // namespace pellucid
