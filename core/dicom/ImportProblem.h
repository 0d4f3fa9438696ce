#pragma once

#include <QString>

#include <string>

namespace pellucid {

// Why one input file did not make it into the cache. `code()` is stable (JSON, scripts);
// `describe()` is the translated sentence for people.
enum class ImportProblemKind {
    EmptyFile,
    NotDicom,
    Truncated,
    Unreadable,
    MissingAttribute,
    NotAnInstance,
    InvalidDicomdir,
    ReferencedFileMissing,
    ReferenceOutsideMedia,
    WriteFailed,
    DiskFull,
    IndexFailed,
    NoPixelData, // a warning, not a rejection: imported all the same
};

struct ImportProblem {
    ImportProblemKind kind = ImportProblemKind::Unreadable;
    std::string path;   // the input file (or DICOMDIR reference) as the user knows it
    std::string detail; // what exactly: an attribute keyword, a DCMTK condition, an errno text
};

const char* problemCode(ImportProblemKind kind);
QString describe(const ImportProblem& problem);

} // namespace pellucid
