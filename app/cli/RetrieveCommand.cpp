#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/InstanceIntake.h"
#include "net/scp/DicomServer.h"
#include "net/scu/GetScu.h"
#include "net/scu/MoveScu.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <atomic>
#include <mutex>

namespace pellucid {

int runRetrieve(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Retrieve a study, series or instances from a DICOM node into the cache."));
    parser.addPositionalArgument(QStringLiteral("NODE"), Cli::tr("The node, as AET@HOST:PORT."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("get (C-GET, default) or move (C-MOVE to us)."),
                                    QStringLiteral("METHOD"), QStringLiteral("get"));
    const QCommandLineOption study(QStringLiteral("study"), Cli::tr("Study Instance UID."),
                                   QStringLiteral("UID"));
    const QCommandLineOption series(QStringLiteral("series"), Cli::tr("Series Instance UID."),
                                    QStringLiteral("UID"));
    const QCommandLineOption instance(QStringLiteral("instance"),
                                      Cli::tr("SOP Instance UID (needs --series). Repeatable."),
                                      QStringLiteral("UID"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  Cli::tr("Our Storage SCP port for --method move."),
                                  QStringLiteral("N"));
    const QCommandLineOption aet(QStringLiteral("aet"), Cli::tr("Our AE title (default PELLUCID)."),
                                 QStringLiteral("AET"), QStringLiteral("PELLUCID"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Seconds to wait for each step (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({method, study, series, instance, port, aet, timeout, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printMessage(Cli::tr("retrieve: give one node as AET@HOST:PORT"));
        return ExitUsage;
    }
    std::string error;
    auto node = parseRemoteNode(parser.positionalArguments().first().toStdString(), &error);
    if (!node) {
        printMessage(Cli::tr("retrieve: %1").arg(QString::fromStdString(error)));
        return ExitUsage;
    }
    RetrieveRequest request;
    request.callingAeTitle = parser.value(aet).toStdString();
    if (!isValidAeTitle(request.callingAeTitle)) {
        printMessage(Cli::tr("retrieve: invalid AE title %1").arg(parser.value(aet)));
        return ExitUsage;
    }
    request.studyInstanceUid = parser.value(study).toStdString();
    request.seriesInstanceUid = parser.value(series).toStdString();
    for (const QString& uid : parser.values(instance))
        request.sopInstanceUids.push_back(uid.toStdString());
    if (const std::string problem = request.validate(); !problem.empty()) {
        printMessage(Cli::tr("retrieve: %1").arg(QString::fromStdString(problem)));
        return ExitUsage;
    }
    const QString how = parser.value(method).toLower();
    if (how != QLatin1String("get") && how != QLatin1String("move")) {
        printMessage(Cli::tr("retrieve: --method is get or move"));
        return ExitUsage;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1) {
        printMessage(Cli::tr("retrieve: --timeout needs a positive number of seconds"));
        return ExitUsage;
    }
    node->connectTimeoutSeconds = seconds;
    node->dimseTimeoutSeconds = seconds;
    int listenPort = 0;
    if (how == QLatin1String("move")) {
        listenPort = parser.value(port).toInt(&ok);
        if (!ok || listenPort < 1 || listenPort > 65535) {
            printMessage(Cli::tr("retrieve: --method move needs --port N, where the node sends "
                                 "to us (it must know our AE title at that port)"));
            return ExitUsage;
        }
    }

    const bool asJson = parser.isSet(json);
    const bool showProgress = !asJson && stderrIsTerminal();
    const auto onProgress = [&](const RetrieveProgress& p) {
        if (showProgress)
            printMessage(Cli::tr("%1 received, %2 remaining, %3 failed")
                             .arg(p.completed)
                             .arg(p.remaining)
                             .arg(p.failed));
    };
    RetrieveResult result;
    if (how == QLatin1String("move")) {
        // Our Storage SCP, in this process, receives what the node sends; its observer counts
        // what was new and what the cache already had.
        std::mutex countsMutex;
        unsigned stored = 0, duplicates = 0;
        DicomServerOptions options;
        options.aeTitle = request.callingAeTitle;
        options.port = listenPort;
        options.cacheRoot = context.cacheRoot;
        options.queryRetrieve = false;
        options.dimseTimeoutSeconds = seconds;
        auto server = DicomServer::start(options, &error, [&](const ReceivedInstance& received) {
            const std::lock_guard lock(countsMutex);
            if (received.failed)
                return;
            ++(received.duplicate ? duplicates : stored);
        });
        if (!server) {
            printMessage(Cli::tr("retrieve: cannot listen on port %1: %2")
                             .arg(listenPort)
                             .arg(QString::fromStdString(error)));
            return ExitFailed;
        }
        result = moveInstances(*node, request, request.callingAeTitle, onProgress);
        server->stop();
        const std::lock_guard lock(countsMutex);
        result.stored = stored;
        result.duplicates = duplicates;
    } else {
        const auto cache = Cache::open(context.cacheRoot, &error);
        auto intake = cache ? cache->openIntake(&error) : nullptr;
        if (!intake) {
            printMessage(Cli::tr("Cannot open the cache %1: %2")
                             .arg(QString::fromStdString(context.cacheRoot.string()),
                                  QString::fromStdString(error)));
            return ExitFailed;
        }
        result = getInstances(*node, request, intakeTarget(*intake), onProgress);
    }

    if (asJson) {
        QJsonArray failed;
        for (const std::string& uid : result.failedInstances)
            failed.append(QString::fromStdString(uid));
        QJsonArray notes;
        for (const std::string& note : result.notes)
            notes.append(QString::fromStdString(note));
        QJsonObject o{{"node", parser.positionalArguments().first()},
                      {"method", how},
                      {"completed", static_cast<int>(result.counts.completed)},
                      {"failed", static_cast<int>(result.counts.failed)},
                      {"warning", static_cast<int>(result.counts.warning)},
                      {"stored", static_cast<int>(result.stored)},
                      {"duplicates", static_cast<int>(result.duplicates)},
                      {"status", QString::fromStdString(result.statusText)},
                      {"statusCode", static_cast<int>(result.status)},
                      {"cancelled", result.cancelled},
                      {"failedInstances", failed},
                      {"notes", notes}};
        if (!result.ok)
            o.insert("error", QString::fromStdString(result.error));
        printJson(o);
    }
    if (!result.ok) {
        printMessage(Cli::tr("retrieve: %1").arg(QString::fromStdString(result.error)));
        return ExitFailed;
    }
    if (!asJson)
        printMessage(Cli::tr("retrieved %1 instance(s): %2 new, %3 already in the cache")
                         .arg(result.counts.completed)
                         .arg(result.stored)
                         .arg(result.duplicates));
    return ExitOk;
}

} // namespace pellucid
