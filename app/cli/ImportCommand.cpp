#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/import/Importer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace pellucid {
namespace {

std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int) {
    // First Ctrl-C: finish what is already copied and stop; a second one kills as usual.
    g_cancel = true;
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

int runImport(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Copy DICOM files, folders (recursively) and DICOMDIR media into the cache."));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Files, folders or DICOMDIRs."),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     Cli::tr("Parallel readers (default: one per core)."),
                                     QStringLiteral("N"));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
                                            Cli::tr("Report progress on stderr even when it is not "
                                                    "a terminal."));
    parser.addOptions({json, workers, progressOption});
    if (const auto exit = context.parse(parser))
        return *exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printMessage(Cli::tr("import: give at least one file, folder or DICOMDIR"));
        return ExitUsage;
    }
    ImportOptions options;
    if (parser.isSet(workers)) {
        bool ok = false;
        options.workers = parser.value(workers).toInt(&ok);
        if (!ok || options.workers < 1) {
            printMessage(Cli::tr("import: --workers needs a positive number"));
            return ExitUsage;
        }
    }

    auto cache = context.openCache();
    if (!cache)
        return ExitFailed;

    std::vector<std::filesystem::path> inputs;
    for (const QString& p : paths)
        inputs.emplace_back(p.toStdU16String());

    const bool showProgress = parser.isSet(progressOption) || stderrIsTerminal();
    Importer::ProgressCallback progress;
    if (showProgress)
        progress = [](const ImportProgress& p) {
            std::fprintf(
                stderr, "\r%s",
                Cli::tr("%1 of %2 files: %3 imported, %4 duplicates, %5 "
                        "rejected, %6 MB")
                    .arg(p.processed)
                    .arg(p.walkDone ? QString::number(p.found) : QString::number(p.found) + "+")
                    .arg(p.imported)
                    .arg(p.duplicates)
                    .arg(p.rejected)
                    .arg(p.bytes / 1000000)
                    .toUtf8()
                    .constData());
            std::fflush(stderr);
        };
    std::signal(SIGINT, onInterrupt);
    const ImportReport report = Importer(*cache, options).run(inputs, progress, &g_cancel);
    std::signal(SIGINT, SIG_DFL);
    if (showProgress)
        std::fputc('\n', stderr);

    if (parser.isSet(json)) {
        QJsonArray errors;
        for (const ImportProblem& p : report.problems)
            errors.append(QJsonObject{{"path", QString::fromStdString(p.path)},
                                      {"reason", describe(p)},
                                      {"code", QString::fromLatin1(problemCode(p.kind))}});
        QJsonArray warnings;
        for (const ImportProblem& p : report.warnings)
            warnings.append(QJsonObject{{"path", QString::fromStdString(p.path)},
                                        {"reason", describe(p)},
                                        {"code", QString::fromLatin1(problemCode(p.kind))}});
        QJsonArray studies;
        for (const std::string& uid : report.studyInstanceUids)
            studies.append(QString::fromStdString(uid));
        printJson(QJsonObject{{"imported", static_cast<qint64>(report.imported)},
                              {"duplicates", static_cast<qint64>(report.duplicates)},
                              {"rejected", static_cast<qint64>(report.problems.size())},
                              {"errors", errors},
                              {"warnings", warnings},
                              {"dicomdirs", static_cast<qint64>(report.dicomdirs)},
                              {"studies", studies},
                              {"cancelled", report.cancelled},
                              {"seconds", report.seconds}});
    } else {
        for (const ImportProblem& p : report.problems)
            printMessage(QStringLiteral("%1: %2").arg(QString::fromStdString(p.path), describe(p)));
        for (const ImportProblem& p : report.warnings)
            printMessage(
                Cli::tr("%1: imported, but %2").arg(QString::fromStdString(p.path), describe(p)));
        printMessage(Cli::tr("Imported %1, duplicates %2, rejected %3 in %4 s%5")
                         .arg(report.imported)
                         .arg(report.duplicates)
                         .arg(report.problems.size())
                         .arg(report.seconds, 0, 'f', 2)
                         .arg(report.cancelled ? Cli::tr(" (cancelled)") : QString()));
    }
    return report.problems.empty() && !report.cancelled ? ExitOk : ExitFailed;
}

} // namespace pellucid
