#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/pstate/StatesForImage.h"

#include <QJsonArray>

#include <cstdio>

namespace pellucid {

namespace {

QJsonArray points(const std::vector<std::array<float, 2>>& ps) {
    QJsonArray out;
    for (const auto& p : ps)
        out.append(QJsonArray{p[0], p[1]});
    return out;
}

// A state as read (core/pstate PresentationStateReader), for scripts and for checking the
// reader against DCMTK's own listing (dcmp2pgm -v).
QJsonObject describe(const PresentationState& s) {
    static const char* units[] = {"PIXEL", "DISPLAY", "MATRIX"};
    static const char* types[] = {"POINT", "POLYLINE", "INTERPOLATED", "CIRCLE", "ELLIPSE"};
    static const char* modes[] = {"SCALE TO FIT", "TRUE SIZE", "MAGNIFY"};
    QJsonArray layers;
    for (const GraphicLayer& layer : s.layers) {
        QJsonArray graphics, texts;
        for (const GraphicAnnotation& a : s.annotations) {
            if (a.layer != layer.name)
                continue;
            for (const GraphicObject& g : a.graphics)
                graphics.append(QJsonObject{{"type", types[int(g.type)]},
                                            {"units", units[int(g.units)]},
                                            {"filled", g.filled},
                                            {"points", points(g.points)}});
            for (const TextObject& t : a.texts) {
                QJsonObject text{{"text", QString::fromStdString(t.text)}};
                if (t.anchor)
                    text["anchor"] = QJsonArray{(*t.anchor)[0], (*t.anchor)[1]};
                if (t.box)
                    text["box"] = QJsonArray{(*t.box)[0], (*t.box)[1], (*t.box)[2], (*t.box)[3]};
                texts.append(text);
            }
        }
        layers.append(QJsonObject{{"name", QString::fromStdString(layer.name)},
                                  {"order", layer.order},
                                  {"graphics", graphics},
                                  {"texts", texts}});
    }
    QJsonArray areas;
    for (const DisplayedArea& a : s.displayedAreas)
        areas.append(QJsonObject{{"topLeft", QJsonArray{a.topLeft[0], a.topLeft[1]}},
                                 {"bottomRight", QJsonArray{a.bottomRight[0], a.bottomRight[1]}},
                                 {"sizeMode", modes[int(a.sizeMode)]},
                                 {"magnification", a.magnification}});
    QJsonArray problems;
    for (const std::string& p : s.problems)
        problems.append(QString::fromStdString(p));
    return QJsonObject{{"sopInstanceUid", QString::fromStdString(s.sopInstanceUid)},
                       {"label", QString::fromStdString(s.label)},
                       {"rotation", s.rotation},
                       {"flip", s.flip},
                       {"displayedAreas", areas},
                       {"layers", layers},
                       {"warnings", problems}};
}

} // namespace

int runPstate(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("List the presentation states in the cache that apply to an image, newest "
                "first: the first is the one the viewer and render apply."));
    parser.addPositionalArgument(QStringLiteral("UID"),
                                 Cli::tr("A SOP Instance UID in the cache."));
    const QCommandLineOption frame(QStringLiteral("frame"),
                                   Cli::tr("Frame number, from 1 (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption show(
        QStringLiteral("show"),
        Cli::tr("Print what a presentation state file holds as read (layers, graphics, text, "
                "displayed areas, rotation, flip, warnings), as JSON."),
        QStringLiteral("FILE"));
    parser.addOptions({frame, json, show});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.isSet(show)) {
        std::string problem;
        const SharedState state = readPresentationStateFile(
            std::filesystem::path(parser.value(show).toStdU16String()), &problem);
        if (!state) {
            printMessage(Cli::tr("pstate: %1").arg(QString::fromStdString(problem)));
            return ExitFailed;
        }
        printJson(describe(*state));
        return ExitOk;
    }
    bool ok = false;
    const int frameNumber = parser.value(frame).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || frameNumber < 1) {
        printMessage(Cli::tr("pstate: give one SOP Instance UID (and --frame from 1)"));
        return ExitUsage;
    }
    const std::string uid = parser.positionalArguments().first().toStdString();
    auto cache = context.openCache();
    if (!cache)
        return ExitFailed;
    const CacheContents contents(cache->index());
    if (contents.filesOf({uid}).size() != 1) {
        printMessage(
            Cli::tr("pstate: %1 is not an instance in the cache").arg(QString::fromStdString(uid)));
        return ExitFailed;
    }
    std::vector<std::filesystem::path> files;
    for (const std::string& f : contents.presentationStatesInStudyOf(uid))
        files.push_back(cache->files().absolute(f));
    std::vector<std::string> problems;
    const auto states = statesFor(readPresentationStates(files, &problems), uid, frameNumber);
    for (const std::string& problem : problems)
        printMessage(Cli::tr("pstate: skipped %1").arg(QString::fromStdString(problem)));

    QJsonArray list;
    for (const SharedState& state : states) {
        QJsonArray warnings;
        for (const std::string& w : state->problems)
            warnings.append(QString::fromStdString(w));
        list.append(QJsonObject{{"sopInstanceUid", QString::fromStdString(state->sopInstanceUid)},
                                {"sopClassUid", QString::fromStdString(state->sopClassUid)},
                                {"label", QString::fromStdString(state->label)},
                                {"description", QString::fromStdString(state->description)},
                                {"creator", QString::fromStdString(state->creator)},
                                {"creationDate", QString::fromStdString(state->creationDate)},
                                {"creationTime", QString::fromStdString(state->creationTime)},
                                {"warnings", warnings}});
        if (!parser.isSet(json))
            std::puts(QStringLiteral("%1  %2  %3 %4  %5  %6")
                          .arg(QString::fromStdString(state->sopInstanceUid),
                               QString::fromStdString(state->label),
                               QString::fromStdString(state->creationDate),
                               QString::fromStdString(state->creationTime),
                               QString::fromStdString(state->creator),
                               QString::fromStdString(state->description))
                          .toUtf8()
                          .constData());
    }
    if (parser.isSet(json))
        printJson(QJsonObject{{"image", QString::fromStdString(uid)}, {"states", list}});
    return ExitOk;
}

} // namespace pellucid
