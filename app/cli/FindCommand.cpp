#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "net/scu/FindScu.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

namespace pellucid {
namespace {

QJsonObject matchObject(const FindMatch& match) {
    QJsonObject object;
    for (const auto& [keyword, value] : match.values)
        object.insert(QString::fromStdString(keyword), QString::fromStdString(value));
    return object;
}

// One line per match as it arrives: keyword=value pairs, tab-separated.
void printMatchLine(const FindMatch& match) {
    QStringList fields;
    for (const auto& [keyword, value] : match.values)
        fields << QString::fromStdString(keyword) + QLatin1Char('=') +
                      QString::fromStdString(value);
    std::fputs((fields.join(QLatin1Char('\t')) + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int runFind(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Query a DICOM node with C-FIND."));
    parser.addPositionalArgument(QStringLiteral("NODE"), Cli::tr("The node, as AET@HOST:PORT."));
    const QCommandLineOption level(QStringLiteral("level"),
                                   Cli::tr("PATIENT, STUDY (default), SERIES or IMAGE."),
                                   QStringLiteral("LEVEL"), QStringLiteral("STUDY"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        Cli::tr("Information model: study (default), patient or patient-study-only."),
        QStringLiteral("MODEL"), QStringLiteral("study"));
    const QCommandLineOption key(
        QStringList{QStringLiteral("k"), QStringLiteral("key")},
        Cli::tr("Match KEYWORD=VALUE (any DICOM keyword or gggg,eeee; wildcards * ?, ranges A-B, "
                "UID lists a\\b; empty value: return it). Repeatable."),
        QStringLiteral("KEYWORD=VALUE"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), Cli::tr("Stop (C-CANCEL) after N matches."), QStringLiteral("N"));
    const QCommandLineOption aet(QStringLiteral("aet"), Cli::tr("Our AE title (default PELLUCID)."),
                                 QStringLiteral("AET"), QStringLiteral("PELLUCID"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Seconds to wait for each step (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption relational(
        QStringLiteral("relational"),
        Cli::tr("Relational query (keys of any level without the unique keys above); answered "
                "level by level when the node refuses it."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({level, model, key, limit, aet, timeout, relational, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printMessage(Cli::tr("find: give one node as AET@HOST:PORT"));
        return ExitUsage;
    }
    std::string error;
    auto node = parseRemoteNode(parser.positionalArguments().first().toStdString(), &error);
    if (!node) {
        printMessage(Cli::tr("find: %1").arg(QString::fromStdString(error)));
        return ExitUsage;
    }
    FindRequest request;
    request.callingAeTitle = parser.value(aet).toStdString();
    if (!isValidAeTitle(request.callingAeTitle)) {
        printMessage(Cli::tr("find: invalid AE title %1").arg(parser.value(aet)));
        return ExitUsage;
    }
    const auto queryLevel = queryLevelFromName(parser.value(level).toStdString());
    if (!queryLevel) {
        printMessage(Cli::tr("find: unknown level %1 (PATIENT, STUDY, SERIES, IMAGE)")
                         .arg(parser.value(level)));
        return ExitUsage;
    }
    request.level = *queryLevel;
    const auto queryModel = queryModelFromName(parser.value(model).toStdString());
    if (!queryModel) {
        printMessage(Cli::tr("find: unknown model %1 (study, patient, patient-study-only)")
                         .arg(parser.value(model)));
        return ExitUsage;
    }
    request.model = *queryModel;
    if (!modelHasLevel(request.model, request.level)) {
        printMessage(Cli::tr("find: the %1 model has no %2 level")
                         .arg(QString::fromLatin1(queryModelName(request.model)),
                              QString::fromLatin1(queryRetrieveLevelValue(request.level))));
        return ExitUsage;
    }
    for (const QString& k : parser.values(key)) {
        auto parsed = parseQueryKey(k.toStdString(), &error);
        if (!parsed) {
            printMessage(Cli::tr("find: %1").arg(QString::fromStdString(error)));
            return ExitUsage;
        }
        request.keys.push_back(*parsed);
    }
    bool ok = false;
    if (parser.isSet(limit)) {
        const int n = parser.value(limit).toInt(&ok);
        if (!ok || n < 1) {
            printMessage(Cli::tr("find: --limit needs a positive number"));
            return ExitUsage;
        }
        request.limit = static_cast<std::size_t>(n);
    }
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1) {
        printMessage(Cli::tr("find: --timeout needs a positive number of seconds"));
        return ExitUsage;
    }
    node->connectTimeoutSeconds = seconds;
    node->dimseTimeoutSeconds = seconds;

    request.relational = parser.isSet(relational);
    const bool asJson = parser.isSet(json);
    const FindResult result = find(*node, request, [&](const FindMatch& match) {
        if (!asJson)
            printMatchLine(match);
        return true;
    });
    if (asJson) {
        QJsonArray matches;
        for (const FindMatch& m : result.matches)
            matches.append(matchObject(m));
        QJsonObject o{{"node", parser.positionalArguments().first()},
                      {"level", QString::fromLatin1(queryRetrieveLevelValue(request.level))},
                      {"model", QString::fromLatin1(queryModelName(request.model))},
                      {"matches", matches},
                      {"count", matches.size()},
                      {"status", QString::fromStdString(result.statusText)},
                      {"statusCode", static_cast<int>(result.status)},
                      {"cancelled", result.cancelled},
                      {"limitReached", result.limitReached},
                      {"relationalFallback", result.relationalFallback}};
        QJsonArray notes;
        for (const std::string& note : result.notes)
            notes.append(QString::fromStdString(note));
        o.insert("notes", notes);
        if (!result.ok)
            o.insert("error", QString::fromStdString(result.error));
        printJson(o);
    }
    if (!result.ok) {
        printMessage(Cli::tr("find: %1").arg(QString::fromStdString(result.error)));
        return ExitFailed;
    }
    for (const std::string& note : result.notes)
        if (!asJson)
            printMessage(QString::fromStdString(note));
    if (!asJson)
        printMessage(Cli::tr("%n match(es)", nullptr, static_cast<int>(result.matches.size())));
    return ExitOk;
}

} // namespace pellucid
