#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "core/import/Importer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>

namespace pellucid {
int runDemo(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Generate the synthetic CT demo study (no patient data) into the cache."));
    const QCommandLineOption slices(QStringLiteral("slices"),
                                    Cli::tr("Number of slices (default 120)."), QStringLiteral("N"),
                                    QStringLiteral("120"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Cli::tr("Rows and columns (default 512)."), QStringLiteral("N"),
                                  QStringLiteral("512"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("Write the files to this folder instead of the cache."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({slices, size, out, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    PhantomSpec spec;
    bool okSlices = false, okSize = false;
    spec.slices = parser.value(slices).toInt(&okSlices);
    spec.size = parser.value(size).toInt(&okSize);
    if (!okSlices || !okSize || spec.slices < 1 || spec.slices > 5000 || spec.size < 16 ||
        spec.size > 4096) {
        printMessage(Cli::tr("demo: --slices must be 1-5000 and --size 16-4096"));
        return ExitUsage;
    }
    QTemporaryDir scratch;
    const std::filesystem::path folder =
        parser.isSet(out) ? std::filesystem::path(parser.value(out).toStdU16String())
                          : std::filesystem::path(scratch.path().toStdU16String());
    if (const std::string error = writePhantomSeries(folder, spec); !error.empty()) {
        printMessage(Cli::tr("demo: %1").arg(QString::fromStdString(error)));
        return ExitFailed;
    }
    if (parser.isSet(out)) {
        if (parser.isSet(json))
            printJson(QJsonObject{{"written", spec.slices}, {"folder", parser.value(out)}});
        return ExitOk;
    }
    auto cache = context.openCache();
    if (!cache)
        return ExitFailed;
    const ImportReport report = Importer(*cache).run({folder});
    QJsonArray studies;
    for (const auto& uid : report.studyInstanceUids)
        studies.append(QString::fromStdString(uid));
    if (parser.isSet(json))
        printJson(
            QJsonObject{{"imported", static_cast<qint64>(report.imported)}, {"studies", studies}});
    else
        printMessage(Cli::tr("Demo study imported: %1 images").arg(report.imported));
    return report.problems.empty() ? ExitOk : ExitFailed;
}

} // namespace pellucid
