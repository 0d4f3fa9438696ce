#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/import/Importer.h"
#include "core/pstate/PresentationStateWriter.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFileInfo>

#include <memory>

namespace pellucid {
namespace {

// Numbers separated by commas, exactly `count` of them.
std::optional<std::vector<double>> numbers(const QString& text, int count) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
        return std::nullopt;
    std::vector<double> values;
    for (const QString& part : parts) {
        bool ok = false;
        values.push_back(part.trimmed().toDouble(&ok));
        if (!ok)
            return std::nullopt;
    }
    return values;
}

std::optional<std::vector<int>> integers(const QString& text, int count) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
        return std::nullopt;
    std::vector<int> values;
    for (const QString& part : parts) {
        bool ok = false;
        values.push_back(part.trimmed().toInt(&ok));
        if (!ok)
            return std::nullopt;
    }
    return values;
}

struct LoadedImage {
    std::unique_ptr<DcmFileFormat> file;
    std::string sopInstanceUid;
};

int usageError(const QString& message) {
    printMessage(message);
    return ExitUsage;
}

} // namespace

int runGsps(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write a presentation state for images, as the viewer's \"Save presentation "
                "state\" does: grayscale (GSPS), or colour (CSPS) for colour images. "
                "Coordinates are image pixels. The state is also stored in the cache when the "
                "images are in it."));
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        Cli::tr("Files, or SOP Instance, Series or Study Instance UIDs in the cache."),
        QStringLiteral("UID|FILE..."));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The DICOM file to write."),
                                 QStringLiteral("FILE.dcm"));
    const QCommandLineOption wl(QStringLiteral("wl"), Cli::tr("Window center and width."),
                                QStringLiteral("C,W"));
    const QCommandLineOption rotate(QStringLiteral("rotate"),
                                    Cli::tr("Rotate clockwise by 0, 90, 180 or 270 degrees."),
                                    QStringLiteral("DEGREES"));
    const QCommandLineOption flip(QStringLiteral("flip"),
                                  Cli::tr("Flip horizontally (after the rotation)."));
    const QCommandLineOption zoom(QStringLiteral("zoom"),
                                  Cli::tr("Show the whole image magnified by Z."),
                                  QStringLiteral("Z"));
    const QCommandLineOption shutterRect(
        QStringLiteral("shutter-rect"), Cli::tr("A rectangular shutter: left, top, right, bottom."),
        QStringLiteral("L,T,R,B"));
    const QCommandLineOption shutterCircle(QStringLiteral("shutter-circle"),
                                           Cli::tr("A circular shutter: centre and radius."),
                                           QStringLiteral("X,Y,R"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  Cli::tr("A text anchored at X,Y (repeatable)."),
                                  QStringLiteral("X,Y,TEXT"));
    const QCommandLineOption line(QStringLiteral("line"),
                                  Cli::tr("A line from X0,Y0 to X1,Y1 (repeatable)."),
                                  QStringLiteral("X0,Y0,X1,Y1"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   Cli::tr("The content label (made upper case, at most 16 "
                                           "characters)."),
                                   QStringLiteral("LABEL"));
    const QCommandLineOption description(
        QStringLiteral("description"), Cli::tr("The content description."), QStringLiteral("TEXT"));
    const QCommandLineOption creator(QStringLiteral("creator"),
                                     Cli::tr("The content creator's name, e.g. Doe^Jane."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   Cli::tr("The graphic layer of texts and lines (default "
                                           "ANNOTATION)."),
                                   QStringLiteral("NAME"), QStringLiteral("ANNOTATION"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({out, wl, rotate, flip, zoom, shutterRect, shutterCircle, text, line, label,
                       description, creator, layer, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() || !parser.isSet(out))
        return usageError(Cli::tr("gsps: give at least one image and --out FILE.dcm"));

    PresentationStateContent content;
    if (parser.isSet(wl)) {
        const auto v = numbers(parser.value(wl), 2);
        if (!v || (*v)[1] < 1)
            return usageError(Cli::tr("gsps: --wl takes C,W with a width of at least 1"));
        content.window = std::make_pair((*v)[0], (*v)[1]);
    }
    if (parser.isSet(rotate)) {
        bool ok = false;
        content.rotation = parser.value(rotate).toInt(&ok);
        if (!ok || content.rotation % 90 != 0 || content.rotation < 0 || content.rotation > 270)
            return usageError(Cli::tr("gsps: --rotate takes 0, 90, 180 or 270"));
    }
    content.horizontalFlip = parser.isSet(flip);
    if (parser.isSet(zoom)) {
        bool ok = false;
        DisplayedAreaSpec area;
        area.sizeMode = DisplayedAreaSpec::SizeMode::Magnify;
        area.magnification = parser.value(zoom).toDouble(&ok);
        if (!ok || !(area.magnification > 0))
            return usageError(Cli::tr("gsps: --zoom takes a positive number"));
        content.displayedArea = area;
    }
    if (parser.isSet(shutterRect)) {
        const auto v = integers(parser.value(shutterRect), 4);
        if (!v || (*v)[0] >= (*v)[2] || (*v)[1] >= (*v)[3])
            return usageError(
                Cli::tr("gsps: --shutter-rect takes L,T,R,B with left < right and top < bottom"));
        content.shutters.rectangle = ShutterSpec::Rectangle{(*v)[0], (*v)[1], (*v)[2], (*v)[3]};
    }
    if (parser.isSet(shutterCircle)) {
        const auto v = integers(parser.value(shutterCircle), 3);
        if (!v || (*v)[2] < 1)
            return usageError(Cli::tr("gsps: --shutter-circle takes X,Y,R with a radius of at "
                                      "least 1"));
        content.shutters.circle = ShutterSpec::Circle{(*v)[0], (*v)[1], (*v)[2]};
    }
    const std::string layerName = parser.value(layer).toStdString();
    for (const QString& t : parser.values(text)) {
        // The text itself may hold commas: only the first two separate.
        const qsizetype first = t.indexOf(QLatin1Char(','));
        const qsizetype second = first < 0 ? -1 : t.indexOf(QLatin1Char(','), first + 1);
        const auto at = second < 0 ? std::nullopt : numbers(t.left(second), 2);
        if (!at || t.mid(second + 1).isEmpty())
            return usageError(Cli::tr("gsps: --text takes X,Y,TEXT"));
        TextAnnotation annotation;
        annotation.layer = layerName;
        annotation.text = t.mid(second + 1).toStdString();
        annotation.anchor = PixelPoint{(*at)[0], (*at)[1]};
        content.annotations.texts.push_back(annotation);
    }
    for (const QString& l : parser.values(line)) {
        const auto v = numbers(l, 4);
        if (!v)
            return usageError(Cli::tr("gsps: --line takes X0,Y0,X1,Y1"));
        GraphicShape shape;
        shape.layer = layerName;
        shape.type = GraphicType::Polyline;
        shape.points = {PixelPoint{(*v)[0], (*v)[1]}, PixelPoint{(*v)[2], (*v)[3]}};
        content.annotations.graphics.push_back(shape);
    }
    if (!content.annotations.texts.empty() || !content.annotations.graphics.empty())
        content.layers.push_back(GraphicLayerSpec{layerName, 1, std::nullopt, {}});
    content.contentLabel = parser.isSet(label) ? parser.value(label).toStdString() : "PELLUCID";
    content.contentDescription = parser.value(description).toStdString();
    content.creatorName = parser.value(creator).toStdString();

    auto fail = [&](const QString& error) {
        printMessage(Cli::tr("gsps: %1").arg(error));
        if (parser.isSet(json))
            printJson(QJsonObject{{"out", parser.value(out)}, {"error", error}});
        return ExitFailed;
    };

    // Files as they are; UIDs through the cache, opened only when needed so that a state for
    // files does not create a cache.
    std::unique_ptr<Cache> cache;
    auto openCache = [&]() -> bool {
        if (!cache)
            cache = context.openCache();
        return cache != nullptr;
    };
    std::vector<std::filesystem::path> files;
    for (const QString& input : inputs) {
        if (QFileInfo(input).isFile()) {
            files.emplace_back(input.toStdU16String());
            continue;
        }
        if (!openCache())
            return ExitFailed;
        const auto cached = CacheContents(cache->index()).filesOf({input.toStdString()});
        if (cached.empty())
            return fail(Cli::tr("%1 is neither a file nor in the cache").arg(input));
        for (const std::string& f : cached)
            files.push_back(cache->files().absolute(f));
    }

    std::vector<LoadedImage> images;
    for (const std::filesystem::path& f : files) {
        LoadedImage image{std::make_unique<DcmFileFormat>(), {}};
        OFCondition loaded = image.file->loadFile(f.string().c_str());
        if (loaded.good())
            loaded = image.file->loadAllDataIntoMemory();
        if (loaded.bad())
            return fail(Cli::tr("cannot read %1: %2")
                            .arg(QString::fromStdU16String(f.u16string()),
                                 QString::fromLatin1(loaded.text())));
        OFString uid;
        image.file->getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
        image.sopInstanceUid = uid.c_str();
        images.push_back(std::move(image));
        content.images.push_back(PresentationImage{images.back().file->getDataset(), {}});
    }

    auto built = buildPresentationState(content);
    if (auto* error = std::get_if<QString>(&built))
        return fail(*error);
    BuiltPresentationState& state = std::get<BuiltPresentationState>(built);
    const std::filesystem::path outPath(parser.value(out).toStdU16String());
    if (const OFCondition saved =
            state.file->saveFile(outPath.string().c_str(), EXS_LittleEndianExplicit);
        saved.bad())
        return fail(Cli::tr("cannot write %1: %2")
                        .arg(parser.value(out), QString::fromLatin1(saved.text())));

    // Stored through the cache's one write path, the import, when every image is cached.
    bool cached = !images.empty();
    if (!cache && std::filesystem::exists(context.cacheRoot / "index.sqlite") && !openCache())
        return ExitFailed;
    if (cache) {
        CacheContents contents(cache->index());
        for (const LoadedImage& image : images)
            cached = cached && !contents.filesOf({image.sopInstanceUid}).empty();
    } else {
        cached = false;
    }
    QString storeError;
    if (cached) {
        const ImportReport report = Importer(*cache).run({outPath});
        if (!report.problems.empty())
            storeError = describe(report.problems.front());
        else if (report.imported + report.duplicates != 1)
            storeError = Cli::tr("the cache did not take it");
    }
    const bool stored = cached && storeError.isEmpty();

    if (parser.isSet(json)) {
        QJsonObject document{{"out", parser.value(out)},
                             {"sopInstanceUid", QString::fromStdString(state.sopInstanceUid)},
                             {"seriesInstanceUid", QString::fromStdString(state.seriesInstanceUid)},
                             {"sopClassUid", QString::fromStdString(state.sopClassUid)},
                             {"stored", stored}};
        if (!storeError.isEmpty())
            document.insert("error", storeError);
        printJson(document);
    }
    if (!storeError.isEmpty()) {
        printMessage(Cli::tr("gsps: wrote %1 but could not store it in the cache: %2")
                         .arg(parser.value(out), storeError));
        return ExitFailed;
    }
    printMessage(stored
                     ? Cli::tr("Wrote %1 (%2) and stored it in the cache")
                           .arg(parser.value(out), QString::fromStdString(state.sopInstanceUid))
                     : Cli::tr("Wrote %1 (%2)")
                           .arg(parser.value(out), QString::fromStdString(state.sopInstanceUid)));
    return ExitOk;
}

} // namespace pellucid
