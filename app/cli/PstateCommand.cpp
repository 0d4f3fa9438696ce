#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/pstate/StatesForImage.h"

#include <QJsonArray>

#include <cstdio>

namespace pellucid {

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
    parser.addOptions({frame, json});
    if (const auto exit = context.parse(parser))
        return *exit;
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
        printMessage(Cli::tr("pstate: %1 is not an instance in the cache")
                         .arg(QString::fromStdString(uid)));
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
        list.append(QJsonObject{
            {"sopInstanceUid", QString::fromStdString(state->sopInstanceUid)},
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
