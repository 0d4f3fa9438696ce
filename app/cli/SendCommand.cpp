#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/query/CacheLookup.h"
#include "net/StoreScu.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

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
        const auto found = filesForUid(*cache, a.toStdString());
        if (found.empty()) {
            printMessage(
                Cli::tr("send: %1 is not a study, series or instance in the cache").arg(a));
            return false;
        }
        files->insert(files->end(), found.begin(), found.end());
    }
    return true;
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
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({aet, timeout, json});
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

    std::vector<std::filesystem::path> files;
    if (!collectFiles(context, args.mid(1), &files))
        return ExitFailed;

    StoreOptions options;
    if (stderrIsTerminal())
        options.progress = [](const StoreProgress& p) {
            std::fprintf(stderr, "\r%zu/%zu  %.1f MB", p.done, p.total,
                         static_cast<double>(p.bytes) / 1e6);
            if (p.done == p.total)
                std::fputc('\n', stderr);
        };
    const StoreReport report = storeFiles(*node, parser.value(aet).toStdString(), files, options);

    int sent = 0, failed = 0, warnings = 0;
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
        printJson(o);
    } else {
        printMessage(Cli::tr("send: %1 sent (%2 with warnings), %3 failed to %4")
                         .arg(sent)
                         .arg(warnings)
                         .arg(failed)
                         .arg(args.first()));
    }
    return failed == 0 ? ExitOk : ExitFailed;
}

} // namespace pellucid
