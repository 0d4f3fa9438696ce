#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "net/scu/EchoScu.h"

#include <QCoreApplication>

namespace pellucid {
int runEcho(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Verify a DICOM node with C-ECHO."));
    parser.addPositionalArgument(QStringLiteral("NODE"), Cli::tr("The node, as AET@HOST:PORT."));
    const QCommandLineOption aet(QStringLiteral("aet"), Cli::tr("Our AE title (default PELLUCID)."),
                                 QStringLiteral("AET"), QStringLiteral("PELLUCID"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Seconds to wait for each step (default 10)."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({aet, timeout, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printMessage(Cli::tr("echo: give one node as AET@HOST:PORT"));
        return ExitUsage;
    }
    std::string error;
    const auto node = parseRemoteNode(parser.positionalArguments().first().toStdString(), &error);
    if (!node) {
        printMessage(Cli::tr("echo: %1").arg(QString::fromStdString(error)));
        return ExitUsage;
    }
    if (!isValidAeTitle(parser.value(aet).toStdString())) {
        printMessage(Cli::tr("echo: invalid AE title %1").arg(parser.value(aet)));
        return ExitUsage;
    }
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1) {
        printMessage(Cli::tr("echo: --timeout needs a positive number of seconds"));
        return ExitUsage;
    }
    const EchoResult result = echo(*node, parser.value(aet).toStdString(), seconds);
    if (parser.isSet(json)) {
        QJsonObject o{{"node", parser.positionalArguments().first()},
                      {"ok", result.ok},
                      {"milliseconds", result.milliseconds}};
        if (!result.ok)
            o.insert("error", QString::fromStdString(result.error));
        printJson(o);
    } else if (result.ok) {
        printMessage(Cli::tr("C-ECHO to %1 succeeded in %2 ms")
                         .arg(parser.positionalArguments().first())
                         .arg(result.milliseconds, 0, 'f', 1));
    } else {
        printMessage(
            Cli::tr("C-ECHO to %1 failed: %2")
                .arg(parser.positionalArguments().first(), QString::fromStdString(result.error)));
    }
    return result.ok ? ExitOk : ExitFailed;
}

} // namespace pellucid
