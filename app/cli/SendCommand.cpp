#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "net/scp/DicomServer.h"
#include "net/scu/CommitmentWaitList.h"
#include "net/scu/StorageCommitmentScu.h"
#include "net/scu/StoreScu.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <map>
#include <memory>

namespace pellucid {

namespace {

QString statusText(const StoreInstanceResult& r) {
    switch (r.outcome) {
    case StoreInstanceResult::Outcome::Success:
        return QStringLiteral("success");
    case StoreInstanceResult::Outcome::Warning:
        return QStringLiteral("warning");
    case StoreInstanceResult::Outcome::Failed:
        return QStringLiteral("failed");
    case StoreInstanceResult::Outcome::NotSent:
        break;
    }
    return QStringLiteral("not sent");
}

// UIDs from the cache; existing files and folders as they are (handy for files not imported).
bool collectFiles(const CliContext& context, const QStringList& args,
                  std::vector<std::filesystem::path>* files) {
    std::unique_ptr<Cache> cache;
    for (const QString& a : args) {
        const std::filesystem::path p(a.toStdU16String());
        std::error_code ec;
        if (QFileInfo::exists(a)) {
            if (std::filesystem::is_directory(p, ec)) {
                for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec))
                    if (e.is_regular_file())
                        files->push_back(e.path());
            } else {
                files->push_back(p);
            }
            continue;
        }
        if (!cache) {
            cache = context.openCache();
            if (!cache)
                return false;
        }
        std::vector<std::filesystem::path> found;
        for (const std::string& f : CacheContents(cache->index()).filesOf({a.toStdString()}))
            found.push_back(cache->files().absolute(f));
        if (found.empty()) {
            printMessage(
                Cli::tr("send: %1 is not a study, series or instance in the cache").arg(a));
            return false;
        }
        files->insert(files->end(), found.begin(), found.end());
    }
    return true;
}

QString commitmentText(const CommitmentInstanceResult& r) {
    switch (r.state) {
    case CommitmentInstanceResult::State::Committed:
        return QStringLiteral("committed");
    case CommitmentInstanceResult::State::Failed:
        return QStringLiteral("failed");
    case CommitmentInstanceResult::State::NoAnswer:
        break;
    }
    return QStringLiteral("no answer");
}

} // namespace

int runSend(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Send studies, series or instances from the cache to a DICOM node (C-STORE)."));
    parser.addPositionalArgument(QStringLiteral("NODE"), Cli::tr("The node, as AET@HOST:PORT."));
    parser.addPositionalArgument(QStringLiteral("UID"),
                                 Cli::tr("Study, series or SOP instance UIDs (or files)."),
                                 QStringLiteral("UID..."));
    const QCommandLineOption aet(QStringLiteral("aet"), Cli::tr("Our AE title (default PELLUCID)."),
                                 QStringLiteral("AET"), QStringLiteral("PELLUCID"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Seconds to wait for each step (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption commit(
        QStringLiteral("commit"),
        Cli::tr("Ask the node to commit what was sent (storage commitment) and wait for its "
                "answer, for at most --timeout seconds."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        Cli::tr("Our port for the node's commitment report on a new association (default "
                "11112; the node must know our AE title at this port)."),
        QStringLiteral("N"), QStringLiteral("11112"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({aet, timeout, commit, port, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        printMessage(Cli::tr("send: give a node as AET@HOST:PORT and at least one UID"));
        return ExitUsage;
    }
    std::string error;
    auto node = parseRemoteNode(args.first().toStdString(), &error);
    if (!node) {
        printMessage(Cli::tr("send: %1").arg(QString::fromStdString(error)));
        return ExitUsage;
    }
    if (!isValidAeTitle(parser.value(aet).toStdString())) {
        printMessage(Cli::tr("send: invalid AE title %1").arg(parser.value(aet)));
        return ExitUsage;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1) {
        printMessage(Cli::tr("send: --timeout needs a positive number of seconds"));
        return ExitUsage;
    }
    node->connectTimeoutSeconds = seconds;
    node->dimseTimeoutSeconds = seconds;

    const int ourPort = parser.value(port).toInt(&ok);
    if (!ok || ourPort < 1 || ourPort > 65535) {
        printMessage(Cli::tr("send: --port needs a port number"));
        return ExitUsage;
    }

    std::vector<std::filesystem::path> files;
    if (!collectFiles(context, args.mid(1), &files))
        return ExitFailed;

    // The report of a commitment usually comes on a new association: listen before sending.
    auto reports = std::make_shared<CommitmentWaitList>();
    std::unique_ptr<DicomServer> server;
    if (parser.isSet(commit)) {
        DicomServerOptions serverOptions;
        serverOptions.aeTitle = parser.value(aet).toStdString();
        serverOptions.port = ourPort;
        serverOptions.cacheRoot = context.cacheRoot;
        serverOptions.queryRetrieve = false;
        serverOptions.commitmentReports = reports;
        server = DicomServer::start(serverOptions, &error);
        if (!server) {
            printMessage(Cli::tr("send: cannot listen for commitment reports on port %1: %2")
                             .arg(ourPort)
                             .arg(QString::fromStdString(error)));
            return ExitFailed;
        }
    }

    StoreOptions options;
    if (stderrIsTerminal())
        options.progress = [](const StoreProgress& p) {
            std::fprintf(stderr, "\r%zu/%zu  %.1f MB", p.done, p.total,
                         static_cast<double>(p.bytes) / 1e6);
            if (p.done == p.total)
                std::fputc('\n', stderr);
        };
    const StoreReport report = storeFiles(*node, parser.value(aet).toStdString(), files, options);

    std::map<std::string, CommitmentInstanceResult> commitments;
    std::string commitmentError;
    if (server) {
        std::vector<CommitmentRequestItem> items;
        for (const auto& r : report.instances)
            if (r.outcome == StoreInstanceResult::Outcome::Success ||
                r.outcome == StoreInstanceResult::Outcome::Warning)
                items.push_back({r.sopClassUid, r.sopInstanceUid});
        if (!items.empty()) {
            const CommitmentReport committed = requestCommitment(
                *node, parser.value(aet).toStdString(), items, reports.get(), seconds);
            commitmentError = committed.error;
            for (const auto& c : committed.instances)
                commitments[c.sopInstanceUid] = c;
        }
        server->stop();
    }

    int sent = 0, failed = 0, warnings = 0, uncommitted = 0;
    QJsonArray instances;
    for (const auto& r : report.instances) {
        const bool good = r.outcome == StoreInstanceResult::Outcome::Success ||
                          r.outcome == StoreInstanceResult::Outcome::Warning;
        sent += good ? 1 : 0;
        failed += good ? 0 : 1;
        warnings += r.outcome == StoreInstanceResult::Outcome::Warning ? 1 : 0;
        QJsonObject o{{"sopInstanceUid", QString::fromStdString(r.sopInstanceUid)},
                      {"status", statusText(r)},
                      {"transferSyntax", QString::fromStdString(r.sentTransferSyntax)},
                      {"file", QString::fromStdString(r.file.string())}};
        if (!r.sentTransferSyntax.empty())
            o.insert("statusCode", QStringLiteral("0x%1").arg(r.status, 4, 16, QLatin1Char('0')));
        if (!r.error.empty())
            o.insert("error", QString::fromStdString(r.error));
        if (const auto c = commitments.find(r.sopInstanceUid); c != commitments.end()) {
            o.insert("commitment", commitmentText(c->second));
            if (c->second.state == CommitmentInstanceResult::State::Failed)
                o.insert(
                    "commitmentFailureReason",
                    QStringLiteral("0x%1").arg(c->second.failureReason, 4, 16, QLatin1Char('0')));
            if (c->second.state != CommitmentInstanceResult::State::Committed) {
                ++uncommitted;
                printMessage(
                    Cli::tr("send: %1: not committed (%2)")
                        .arg(QString::fromStdString(r.sopInstanceUid), commitmentText(c->second)));
            }
        } else if (server && good) {
            ++uncommitted; // the commitment request itself failed
        }
        instances.append(o);
        if (!good || r.outcome == StoreInstanceResult::Outcome::Warning)
            printMessage(
                Cli::tr("send: %1: %2 (%3)")
                    .arg(QString::fromStdString(r.sopInstanceUid.empty() ? r.file.string()
                                                                         : r.sopInstanceUid),
                         statusText(r), QString::fromStdString(r.error)));
    }
    if (parser.isSet(json)) {
        QJsonObject o{
            {"sent", sent}, {"failed", failed}, {"warnings", warnings}, {"instances", instances}};
        if (!report.associationError.empty())
            o.insert("error", QString::fromStdString(report.associationError));
        if (server)
            o.insert("uncommitted", uncommitted);
        if (!commitmentError.empty())
            o.insert("commitmentError", QString::fromStdString(commitmentError));
        printJson(o);
    } else {
        printMessage(Cli::tr("send: %1 sent (%2 with warnings), %3 failed to %4")
                         .arg(sent)
                         .arg(warnings)
                         .arg(failed)
                         .arg(args.first()));
    }
    if (!commitmentError.empty())
        printMessage(Cli::tr("send: storage commitment failed: %1")
                         .arg(QString::fromStdString(commitmentError)));
    return failed == 0 && uncommitted == 0 ? ExitOk : ExitFailed;
}

} // namespace pellucid
