#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/import/DicomdirReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

namespace pellucid {
namespace fs = std::filesystem;
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QJsonValue number(const std::optional<long long>& v) {
    return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject fileJson(const DicomdirFile& f) {
    QJsonObject o{{"recordType", q(f.recordType)},
                  {"ReferencedFileID", q(f.fileId)},
                  {"SOPInstanceUID", q(f.sopInstanceUid)},
                  {"SOPClassUID", q(f.sopClassUid)},
                  {"TransferSyntaxUID", q(f.transferSyntaxUid)},
                  {"InstanceNumber", number(f.instanceNumber)},
                  {"exists", !f.resolved.empty()}};
    if (!f.resolved.empty())
        o.insert("path", q(f.resolved.string()));
    if (f.problem)
        o.insert("problem", describe(*f.problem));
    return o;
}

} // namespace

int runDicomdir(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Show what a DICOMDIR holds, without importing."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 Cli::tr("A DICOMDIR file, or the folder that holds one."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOption(json);
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printMessage(Cli::tr("dicomdir: give one DICOMDIR file or folder"));
        return ExitUsage;
    }
    fs::path path(parser.positionalArguments().first().toStdU16String());
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        fs::path found;
        for (const auto& entry : fs::directory_iterator(path, ec))
            if (hasDicomdirName(entry.path()))
                found = entry.path();
        if (found.empty()) {
            printMessage(Cli::tr("dicomdir: no DICOMDIR in %1").arg(q(path.string())));
            return ExitFailed;
        }
        path = found;
    }
    auto result = readDicomdir(path);
    if (auto* problem = std::get_if<ImportProblem>(&result)) {
        if (parser.isSet(json))
            printJson(QJsonObject{{"path", q(path.string())},
                                  {"error", describe(*problem)},
                                  {"code", QString::fromLatin1(problemCode(problem->kind))}});
        else
            printMessage(QStringLiteral("%1: %2").arg(q(path.string()), describe(*problem)));
        return ExitFailed;
    }
    const Dicomdir& dir = std::get<Dicomdir>(result);
    std::size_t studies = 0, series = 0, files = 0, missing = 0;
    QJsonArray errors;
    for (const DicomdirFile* f : dir.allFiles()) {
        ++files;
        if (f->problem) {
            ++missing;
            errors.append(
                QJsonObject{{"path", q(f->problem->path)},
                            {"reason", describe(*f->problem)},
                            {"code", QString::fromLatin1(problemCode(f->problem->kind))}});
        }
    }
    if (parser.isSet(json)) {
        QJsonArray patients;
        for (const auto& p : dir.patients) {
            QJsonArray studyArray;
            for (const auto& st : p.studies) {
                ++studies;
                QJsonArray seriesArray;
                for (const auto& se : st.series) {
                    ++series;
                    QJsonArray fileArray;
                    for (const auto& f : se.files)
                        fileArray.append(fileJson(f));
                    seriesArray.append(QJsonObject{{"SeriesInstanceUID", q(se.seriesInstanceUid)},
                                                   {"Modality", q(se.modality)},
                                                   {"SeriesNumber", number(se.seriesNumber)},
                                                   {"SeriesDescription", q(se.seriesDescription)},
                                                   {"instances", fileArray}});
                }
                studyArray.append(QJsonObject{{"StudyInstanceUID", q(st.studyInstanceUid)},
                                              {"StudyDate", q(st.studyDate)},
                                              {"StudyTime", q(st.studyTime)},
                                              {"StudyDescription", q(st.studyDescription)},
                                              {"AccessionNumber", q(st.accessionNumber)},
                                              {"StudyID", q(st.studyId)},
                                              {"series", seriesArray}});
            }
            patients.append(QJsonObject{{"PatientName", q(p.patientName)},
                                        {"PatientID", q(p.patientId)},
                                        {"PatientBirthDate", q(p.patientBirthDate)},
                                        {"PatientSex", q(p.patientSex)},
                                        {"studies", studyArray}});
        }
        QJsonArray others;
        for (const auto& f : dir.otherFiles)
            others.append(fileJson(f));
        printJson(QJsonObject{
            {"path", q(dir.path.string())},
            {"FileSetID", q(dir.fileSetId)},
            {"readInRecordOrder", dir.readInRecordOrder},
            {"patients", patients},
            {"otherFiles", others},
            {"counts", QJsonObject{{"patients", static_cast<qint64>(dir.patients.size())},
                                   {"studies", static_cast<qint64>(studies)},
                                   {"series", static_cast<qint64>(series)},
                                   {"files", static_cast<qint64>(files)},
                                   {"missing", static_cast<qint64>(missing)}}},
            {"errors", errors}});
    } else {
        std::printf("%s\n", Cli::tr("DICOMDIR %1 (File-set ID \"%2\")")
                                .arg(q(dir.path.string()), q(dir.fileSetId))
                                .toUtf8()
                                .constData());
        for (const auto& p : dir.patients) {
            std::printf("  %s  %s\n", q(p.patientId).toUtf8().constData(),
                        q(p.patientName).toUtf8().constData());
            for (const auto& st : p.studies) {
                std::printf("    %s  %s  %s\n", st.studyDate.c_str(),
                            q(st.studyDescription).toUtf8().constData(),
                            st.studyInstanceUid.c_str());
                for (const auto& se : st.series) {
                    std::size_t present = 0;
                    for (const auto& f : se.files)
                        present += f.resolved.empty() ? 0 : 1;
                    std::printf("      %s %s  %s  %s\n", se.modality.c_str(),
                                se.seriesNumber ? std::to_string(*se.seriesNumber).c_str() : "-",
                                q(se.seriesDescription).toUtf8().constData(),
                                Cli::tr("%1 of %2 files present")
                                    .arg(present)
                                    .arg(se.files.size())
                                    .toUtf8()
                                    .constData());
                }
            }
        }
        for (const DicomdirFile* f : dir.allFiles())
            if (f->problem)
                printMessage(
                    QStringLiteral("%1: %2").arg(q(f->problem->path), describe(*f->problem)));
    }
    return missing ? ExitFailed : ExitOk;
}

} // namespace pellucid
