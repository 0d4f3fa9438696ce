#include "core/dicom/ImportProblem.h"

#include <QCoreApplication>

namespace pellucid {
namespace {
class ImportProblemText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::ImportProblem)
};
} // namespace

const char* problemCode(ImportProblemKind kind) {
    switch (kind) {
    case ImportProblemKind::EmptyFile:
        return "empty-file";
    case ImportProblemKind::NotDicom:
        return "not-dicom";
    case ImportProblemKind::Truncated:
        return "truncated";
    case ImportProblemKind::Unreadable:
        return "unreadable";
    case ImportProblemKind::MissingAttribute:
        return "missing-attribute";
    case ImportProblemKind::NotAnInstance:
        return "not-an-instance";
    case ImportProblemKind::InvalidDicomdir:
        return "invalid-dicomdir";
    case ImportProblemKind::ReferencedFileMissing:
        return "referenced-file-missing";
    case ImportProblemKind::ReferenceOutsideMedia:
        return "reference-outside-media";
    case ImportProblemKind::WriteFailed:
        return "write-failed";
    case ImportProblemKind::DiskFull:
        return "disk-full";
    case ImportProblemKind::IndexFailed:
        return "index-failed";
    case ImportProblemKind::NoPixelData:
        return "no-pixel-data";
    }
    return "unknown";
}

QString describe(const ImportProblem& problem) {
    QString detail = QString::fromStdString(problem.detail);
    switch (problem.kind) {
    case ImportProblemKind::EmptyFile:
        return ImportProblemText::tr("empty file (0 bytes)");
    case ImportProblemKind::NotDicom:
        return ImportProblemText::tr("not a DICOM file (%1)").arg(detail);
    case ImportProblemKind::Truncated:
        return ImportProblemText::tr("truncated DICOM file: %1").arg(detail);
    case ImportProblemKind::Unreadable:
        return ImportProblemText::tr("cannot be read as DICOM: %1").arg(detail);
    case ImportProblemKind::MissingAttribute:
        return ImportProblemText::tr("required attribute missing or empty: %1").arg(detail);
    case ImportProblemKind::NotAnInstance:
        return ImportProblemText::tr("not a patient image or document: %1").arg(detail);
    case ImportProblemKind::InvalidDicomdir:
        return ImportProblemText::tr("invalid DICOMDIR: %1").arg(detail);
    case ImportProblemKind::ReferencedFileMissing:
        return ImportProblemText::tr("file referenced by the DICOMDIR is missing: %1").arg(detail);
    case ImportProblemKind::ReferenceOutsideMedia:
        return ImportProblemText::tr("DICOMDIR reference points outside the media: %1").arg(detail);
    case ImportProblemKind::WriteFailed:
        return ImportProblemText::tr("could not be written to the cache: %1").arg(detail);
    case ImportProblemKind::DiskFull:
        return ImportProblemText::tr("the cache disk is full: %1").arg(detail);
    case ImportProblemKind::IndexFailed:
        return ImportProblemText::tr("could not be recorded in the cache index: %1").arg(detail);
    case ImportProblemKind::NoPixelData:
        return ImportProblemText::tr("an image without Pixel Data: a header-only object, "
                                     "or a file cut short between two elements");
    }
    return detail;
}

} // namespace pellucid
