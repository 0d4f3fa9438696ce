#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/import/Importer.h"
#include "core/sr/KeyObjectWriter.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFileInfo>

namespace pellucid {

int runKeyImages(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write a Key Object Selection document referencing these instances (a new series "
                "in their study); stored in the cache when they are cached."));
    parser.addPositionalArgument(QStringLiteral("UID"),
                                 Cli::tr("Files, or SOP Instance UIDs in the cache."),
                                 QStringLiteral("UID|FILE..."));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The file to write."),
                                 QStringLiteral("FILE.dcm"));
    const QCommandLineOption title(
        QStringLiteral("title"),
        Cli::tr("Document title, a CID 7010 code (default 113000, Of Interest)."),
        QStringLiteral("CODE"), QStringLiteral("113000"));
    const QCommandLineOption text(QStringLiteral("text"), Cli::tr("Key Object Description."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({out, title, text, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(out)) {
        printMessage(Cli::tr("keyimages: give the instances and --out FILE.dcm"));
        return ExitUsage;
    }
    if (keyObjectTitleMeaning(parser.value(title).toStdString()).empty()) {
        printMessage(Cli::tr("keyimages: %1 is not a CID 7010 title").arg(parser.value(title)));
        return ExitUsage;
    }
    std::unique_ptr<Cache> cache;
    bool allCached = true;
    std::vector<std::unique_ptr<DcmFileFormat>> headers;
    KeyObjectContent content;
    content.titleCode = parser.value(title).toStdString();
    content.description = parser.value(text).toStdString();
    for (const QString& given : parser.positionalArguments()) {
        std::filesystem::path file(given.toStdU16String());
        if (!QFileInfo(given).isFile()) {
            if (!cache && !(cache = context.openCache()))
                return ExitFailed;
            const auto files = CacheContents(cache->index()).filesOf({given.toStdString()});
            if (files.size() != 1) {
                printMessage(Cli::tr("keyimages: %1 is not one instance in the cache").arg(given));
                return ExitFailed;
            }
            file = cache->files().absolute(files.front());
        } else {
            allCached = false;
        }
        auto header = std::make_unique<DcmFileFormat>();
        if (const OFCondition c = header->loadFile(file.c_str(), EXS_Unknown, EGL_noChange,
                                                   DCM_MaxReadLength, ERM_autoDetect);
            c.bad()) {
            printMessage(Cli::tr("keyimages: cannot read %1: %2").arg(given, c.text()));
            return ExitFailed;
        }
        content.images.push_back({header->getDataset(), {}});
        headers.push_back(std::move(header));
    }
    auto built = buildKeyObject(content);
    if (auto* error = std::get_if<std::string>(&built)) {
        printMessage(Cli::tr("keyimages: %1").arg(QString::fromStdString(*error)));
        return ExitFailed;
    }
    BuiltKeyObject& kos = std::get<BuiltKeyObject>(built);
    const std::filesystem::path outPath(parser.value(out).toStdU16String());
    if (const OFCondition c = kos.file->saveFile(outPath.c_str(), EXS_LittleEndianExplicit);
        c.bad()) {
        printMessage(Cli::tr("keyimages: cannot write %1: %2").arg(parser.value(out), c.text()));
        return ExitFailed;
    }
    // Into the cache through its one write path, the import, when the images are there.
    bool stored = false;
    if (allCached && cache) {
        const ImportReport report = Importer(*cache).run({outPath});
        stored = report.imported == 1 && report.problems.empty();
        if (!stored)
            printMessage(Cli::tr("keyimages: the cache did not take %1").arg(parser.value(out)));
    }
    if (parser.isSet(json))
        printJson(QJsonObject{{"out", parser.value(out)},
                              {"sopInstanceUid", QString::fromStdString(kos.sopInstanceUid)},
                              {"seriesInstanceUid", QString::fromStdString(kos.seriesInstanceUid)},
                              {"stored", stored}});
    return allCached && cache && !stored ? ExitFailed : ExitOk;
}

} // namespace pellucid
