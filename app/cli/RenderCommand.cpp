#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/display/BlendedFrameRenderer.h"
#include "core/display/FrameRenderer.h"
#include "core/display/PngFile.h"
#include "core/pstate/BlendingContent.h"
#include "core/pstate/StatesForImage.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QFileInfo>
#include <QJsonArray>

namespace pellucid {
namespace {

// A Blending state's superimposed series (PS3.4 N.2.4): the files of `folder` (--superimposed),
// else those of its series in the cache.
std::vector<std::filesystem::path> superimposedFiles(const CliContext& context,
                                                     const PresentationState& state,
                                                     const QString& folder,
                                                     std::unique_ptr<Cache>& cache) {
    std::vector<std::filesystem::path> files;
    if (!folder.isEmpty()) {
        std::error_code error;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(
                 std::filesystem::path(folder.toStdU16String()), error))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        if (error)
            printMessage(Cli::tr("render: cannot list %1").arg(folder));
        return files;
    }
    if (!cache && !(cache = context.openCache()))
        return files;
    for (const std::string& f :
         CacheContents(cache->index()).filesOf(state.blending->superimposed.seriesUids))
        files.push_back(cache->files().absolute(f));
    return files;
}

} // namespace

int runRender(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Render one frame of an image to PNG, as the viewer shows it (window, VOI LUT, "
                "Modality LUT, MONOCHROME1, overlays)."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 Cli::tr("A file, or a SOP Instance UID in the cache."));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The PNG file to write."),
                                 QStringLiteral("FILE.png"));
    const QCommandLineOption frame(QStringLiteral("frame"),
                                   Cli::tr("Frame number, from 1 (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption wl(QStringLiteral("wl"),
                                Cli::tr("Window center and width instead of the file's."),
                                QStringLiteral("CENTER,WIDTH"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Cli::tr("Output size; the image is fitted and centered."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption noOverlays(QStringLiteral("no-overlays"),
                                        Cli::tr("Do not burn in overlays."));
    const QCommandLineOption gsps(
        QStringLiteral("gsps"),
        Cli::tr("A presentation state to apply: a file, a SOP Instance UID in the cache, or "
                "\"none\". Default: the newest one in the cache that references the image."),
        QStringLiteral("UID|FILE|none"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption superimposed(
        QStringLiteral("superimposed"),
        Cli::tr("With a Blending presentation state: a folder holding the superimposed series "
                "(default: the series in the cache)."),
        QStringLiteral("DIR"));
    const QCommandLineOption displayedArea(
        QStringLiteral("displayed-area"),
        Cli::tr("With a presentation state: crop and scale to its displayed area, as the viewer "
                "shows it."));
    const QCommandLineOption noSubtraction(
        QStringLiteral("no-subtraction"),
        Cli::tr("Show an XA/XRF frame as stored, without subtracting its mask frames."));
    parser.addOptions(
        {out, frame, wl, size, noOverlays, gsps, json, superimposed, displayedArea, noSubtraction});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        printMessage(Cli::tr("render: give one image and --out FILE.png"));
        return ExitUsage;
    }
    RenderRequest request;
    bool ok = false;
    request.frame = parser.value(frame).toInt(&ok) - 1;
    if (!ok || request.frame < 0) {
        printMessage(Cli::tr("render: --frame counts from 1"));
        return ExitUsage;
    }
    if (parser.isSet(wl)) {
        const QStringList parts = parser.value(wl).split(QLatin1Char(','));
        bool okCenter = false, okWidth = false;
        const double center = parts.value(0).toDouble(&okCenter);
        const double width = parts.value(1).toDouble(&okWidth);
        if (parts.size() != 2 || !okCenter || !okWidth || width < 1) {
            printMessage(Cli::tr("render: --wl takes CENTER,WIDTH with a width of at least 1"));
            return ExitUsage;
        }
        request.window = std::make_pair(center, width);
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        request.size = QSize(parts.value(0).toInt(&okW), parts.value(1).toInt(&okH));
        if (parts.size() != 2 || !okW || !okH || request.size.width() < 1 ||
            request.size.height() < 1 || request.size.width() > 16384 ||
            request.size.height() > 16384) {
            printMessage(Cli::tr("render: --size takes WxH, e.g. 512x512"));
            return ExitUsage;
        }
    }
    request.overlays = !parser.isSet(noOverlays);
    request.subtractMasks = !parser.isSet(noSubtraction);
    request.displayedArea = parser.isSet(displayedArea);

    const QString image = parser.positionalArguments().first();
    QString file = image;
    std::unique_ptr<Cache> cache;
    if (!QFileInfo(image).isFile()) {
        cache = context.openCache();
        if (!cache)
            return ExitFailed;
        std::vector<std::filesystem::path> files;
        for (const std::string& f : CacheContents(cache->index()).filesOf({image.toStdString()}))
            files.push_back(cache->files().absolute(f));
        if (files.size() != 1) {
            printMessage(
                files.empty()
                    ? Cli::tr("render: %1 is neither a file nor an instance in the cache")
                          .arg(image)
                    : Cli::tr("render: %1 is a series or study; give one instance").arg(image));
            return ExitFailed;
        }
        file = QString::fromStdU16String(files.front().u16string());
    }
    auto cacheFile = [&](const QString& uid) -> std::optional<QString> {
        if (!cache && !(cache = context.openCache()))
            return std::nullopt;
        const auto files = CacheContents(cache->index()).filesOf({uid.toStdString()});
        if (files.size() != 1)
            return std::nullopt;
        return QString::fromStdU16String(cache->files().absolute(files.front()).u16string());
    };
    const QString stateArg = parser.value(gsps);
    QString stateSource;
    if (!stateArg.isEmpty() && stateArg != QLatin1String("none")) {
        QString stateFile = stateArg;
        if (!QFileInfo(stateArg).isFile()) {
            const auto found = cacheFile(stateArg);
            if (!found) {
                printMessage(Cli::tr("render: %1 is neither a file nor a presentation state in "
                                     "the cache")
                                 .arg(stateArg));
                return ExitFailed;
            }
            stateFile = *found;
        }
        std::string problem;
        request.state =
            readPresentationStateFile(std::filesystem::path(stateFile.toStdU16String()), &problem);
        if (!request.state) {
            printMessage(Cli::tr("render: %1").arg(QString::fromStdString(problem)));
            return ExitFailed;
        }
        stateSource = stateFile;
    } else if (stateArg.isEmpty() && !QFileInfo(image).isFile()) {
        // As the viewer opens an image: the newest state that references it.
        std::vector<std::filesystem::path> stateFiles;
        for (const std::string& f :
             CacheContents(cache->index()).presentationStatesInStudyOf(image.toStdString()))
            stateFiles.push_back(cache->files().absolute(f));
        const auto states =
            statesFor(readPresentationStates(stateFiles), image.toStdString(), request.frame + 1);
        if (!states.empty()) {
            request.state = states.front();
            stateSource = QString::fromStdString(states.front()->sopInstanceUid);
        }
    }
    auto rendered = request.state && request.state->blending
                        ? renderBlendedFrame(file, request,
                                             superimposedFiles(context, *request.state,
                                                               parser.value(superimposed), cache))
                        : renderFrame(file, request);
    if (auto* error = std::get_if<QString>(&rendered)) {
        printMessage(Cli::tr("render: %1").arg(*error));
        if (parser.isSet(json))
            printJson(QJsonObject{{"file", file}, {"error", *error}});
        return ExitFailed;
    }
    const RenderedFrame& frameImage = std::get<RenderedFrame>(rendered);
    QJsonArray warnings;
    for (const std::string& warning : frameImage.warnings) {
        printMessage(
            Cli::tr("render: presentation state: %1").arg(QString::fromStdString(warning)));
        warnings.append(QString::fromStdString(warning));
    }
    if (const std::string error =
            writePng(std::filesystem::path(parser.value(out).toStdU16String()), frameImage.image);
        !error.empty()) {
        printMessage(Cli::tr("render: cannot write %1").arg(parser.value(out)));
        return ExitFailed;
    }
    if (parser.isSet(json))
        printJson(QJsonObject{
            {"file", file},
            {"out", parser.value(out)},
            {"frame", request.frame + 1},
            {"width", frameImage.image.width},
            {"height", frameImage.image.height},
            {"window", frameImage.windowUsed},
            {"presentationState", request.state ? QJsonValue(stateSource) : QJsonValue()},
            {"warnings", warnings}});
    return ExitOk;
}

} // namespace pellucid
