// `serve`: the workstation's DICOM server in the foreground — Storage SCP into the cache, Q/R SCP
// (C-FIND/C-MOVE/C-GET) over it and C-ECHO — until SIGINT or SIGTERM. Each received instance is
// one line on stderr (or one JSON object per line on stdout with --json).

#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "net/scp/DicomServer.h"
#include "net/scu/StoreScu.h"

#include <QJsonDocument>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <thread>

namespace pellucid {

namespace {
std::atomic<bool> stopRequested{false};
extern "C" void requestStop(int) {
    stopRequested = true;
}
} // namespace

int runServe(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Run the DICOM server over the cache: storage, query/retrieve and echo."));
    const QCommandLineOption aet(QStringLiteral("aet"), Cli::tr("Our AE title (default PELLUCID)."),
                                 QStringLiteral("AET"), QStringLiteral("PELLUCID"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  Cli::tr("TCP port to listen on (default 11112)."),
                                  QStringLiteral("N"), QStringLiteral("11112"));
    const QCommandLineOption allow(
        QStringLiteral("allow"),
        Cli::tr("Accept associations only from this calling AE title (repeatable)."),
        QStringLiteral("AET"));
    const QCommandLineOption destination(
        QStringLiteral("destination"),
        Cli::tr("A C-MOVE destination, as AET@HOST:PORT (repeatable)."), QStringLiteral("NODE"));
    const QCommandLineOption anyCalled(
        QStringLiteral("any-called-aet"),
        Cli::tr("Accept associations whatever AE title they call (default: ours only)."));
    const QCommandLineOption storeOnly(QStringLiteral("store-only"),
                                       Cli::tr("Offer storage and echo only, no query/retrieve."));
    const QCommandLineOption maxAssociations(
        QStringLiteral("max-associations"),
        Cli::tr("Associations served at the same time (default 32)."), QStringLiteral("N"),
        QStringLiteral("32"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Seconds to wait for a peer's message (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Cli::tr("Print one JSON object per received instance."));
    parser.addOptions(
        {aet, port, allow, destination, anyCalled, storeOnly, maxAssociations, timeout, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printMessage(Cli::tr("serve: unexpected argument %1").arg(parser.positionalArguments()[0]));
        return ExitUsage;
    }

    DicomServerOptions options;
    options.aeTitle = parser.value(aet).toStdString();
    options.cacheRoot = context.cacheRoot;
    options.checkCalledAeTitle = !parser.isSet(anyCalled);
    options.queryRetrieve = !parser.isSet(storeOnly);
    options.sendFiles = storeFiles; // C-MOVE sub-operations
    bool ok = false;
    options.port = parser.value(port).toInt(&ok);
    if (!ok || options.port < 0 || options.port > 65535) {
        printMessage(Cli::tr("serve: invalid port %1").arg(parser.value(port)));
        return ExitUsage;
    }
    options.maxAssociations = parser.value(maxAssociations).toInt(&ok);
    if (!ok || options.maxAssociations < 1) {
        printMessage(Cli::tr("serve: --max-associations needs a positive number"));
        return ExitUsage;
    }
    options.dimseTimeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || options.dimseTimeoutSeconds < 1) {
        printMessage(Cli::tr("serve: --timeout needs a positive number of seconds"));
        return ExitUsage;
    }
    for (const QString& a : parser.values(allow)) {
        if (!isValidAeTitle(a.toStdString())) {
            printMessage(Cli::tr("serve: invalid AE title %1").arg(a));
            return ExitUsage;
        }
        options.allowedCallingAeTitles.push_back(a.toStdString());
    }
    for (const QString& d : parser.values(destination)) {
        std::string error;
        const auto node = parseRemoteNode(d.toStdString(), &error);
        if (!node) {
            printMessage(Cli::tr("serve: %1").arg(QString::fromStdString(error)));
            return ExitUsage;
        }
        options.moveDestinations.push_back(*node);
    }

    const bool asJson = parser.isSet(json);
    std::mutex printing;
    auto observer = [&](const ReceivedInstance& r) {
        std::lock_guard lock(printing);
        if (asJson) {
            QJsonObject o{{"callingAeTitle", QString::fromStdString(r.callingAeTitle)},
                          {"sopInstanceUid", QString::fromStdString(r.sopInstanceUid)},
                          {"sopClassUid", QString::fromStdString(r.sopClassUid)},
                          {"studyInstanceUid", QString::fromStdString(r.studyInstanceUid)},
                          {"transferSyntax", QString::fromStdString(r.transferSyntaxUid)},
                          {"outcome", r.failed      ? QStringLiteral("failed")
                                      : r.duplicate ? QStringLiteral("duplicate")
                                                    : QStringLiteral("stored")}};
            if (r.failed)
                o.insert("error", QString::fromStdString(r.detail));
            std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        } else if (r.failed) {
            printMessage(Cli::tr("%1: %2 not kept: %3")
                             .arg(QString::fromStdString(r.callingAeTitle),
                                  QString::fromStdString(r.sopInstanceUid),
                                  QString::fromStdString(r.detail)));
        }
    };

    std::string error;
    auto server = DicomServer::start(options, &error, observer);
    if (!server) {
        printMessage(Cli::tr("serve: %1").arg(QString::fromStdString(error)));
        return ExitFailed;
    }
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
#ifdef SIGXFSZ
    // A file-size limit (ulimit -f) must fail the write, answered 0xA700, not kill the server.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    printMessage(Cli::tr("Listening as %1 on port %2 (cache %3)")
                     .arg(QString::fromStdString(options.aeTitle))
                     .arg(server->port())
                     .arg(QString::fromStdString(options.cacheRoot.string())));
    while (!stopRequested)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    printMessage(Cli::tr("Stopping: finishing the running associations"));
    server->stop();
    return ExitOk;
}

} // namespace pellucid
