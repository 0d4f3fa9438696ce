// pellucid-cli: the scriptable face of the workstation (see the command-line contract in the
// README). JSON goes to stdout, people's messages to stderr; exit 0 = done, 1 = usage error,
// 2 = the operation ran but something failed.

#include "app/Translations.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"

#include <QCoreApplication>

#include <cstdio>
#include <map>

using namespace pellucid;

namespace {

QString usage() {
    return QCoreApplication::translate(
               "cli",
               "Usage: pellucid-cli [--cache DIR] COMMAND [options]\n"
               "\n"
               "Commands:\n"
               "  import PATH...      copy files, folders (recursively) and DICOMDIR media into "
               "the cache\n"
               "  list                list the cache at patient, study, series or instance level\n"
               "  dicomdir PATH       show what a DICOMDIR holds, without importing\n"
               "  echo AET@HOST:PORT  verify a DICOM node (C-ECHO)\n"
               "  find AET@HOST:PORT  query a DICOM node (C-FIND)\n"
               "  retrieve AET@HOST:PORT  retrieve a study, series or instances into the cache\n"
               "  send AET@HOST:PORT UID...  send studies, series or instances to a node "
               "(C-STORE)\n"
               "  demo                generate the synthetic demo study into the cache\n"
               "  render IMAGE        one frame to PNG as the viewer shows it\n"
               "  pstate IMAGE        the presentation states that apply to an image, newest "
               "first\n"
               "  sr REPORT           show a structured report or key object document\n"
               "  keyimages UID...    write a key object selection document\n"
               "  gsps IMAGE...       write a presentation state (window, rotation, shutters, "
               "annotations)\n"
               "  load SERIES         load a series into a volume; geometry, time, memory\n"
               "  serve               run the DICOM server (storage, query/retrieve) over the "
               "cache\n"
               "\n"
               "Global options:\n"
               "  --cache DIR         the cache folder (default: $PELLUCID_CACHE, else %1)\n"
               "  --version           print the version\n"
               "\n"
               "Run 'pellucid-cli COMMAND --help' for a command's options.\n")
        .arg(QString::fromStdString(Cache::defaultRoot().string()));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Pellucid"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pellucid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PELLUCID_VERSION));
    installTranslations(app);

    const std::map<QString, int (*)(const CliContext&)> commands = {
        {QStringLiteral("import"), &runImport},       {QStringLiteral("list"), &runList},
        {QStringLiteral("dicomdir"), &runDicomdir},   {QStringLiteral("echo"), &runEcho},
        {QStringLiteral("demo"), &runDemo},           {QStringLiteral("render"), &runRender},
        {QStringLiteral("load"), &runLoad},           {QStringLiteral("serve"), &runServe},
        {QStringLiteral("find"), &runFind},           {QStringLiteral("retrieve"), &runRetrieve},
        {QStringLiteral("send"), &runSend},           {QStringLiteral("pstate"), &runPstate},
        {QStringLiteral("gsps"), &runGsps},           {QStringLiteral("sr"), &runSr},
        {QStringLiteral("keyimages"), &runKeyImages},
    };

    CliContext context;
    context.cacheRoot = Cache::defaultRoot();
    const QStringList args = QCoreApplication::arguments();
    int i = 1;
    // Global options come before the command.
    for (; i < args.size() && args[i].startsWith(QLatin1Char('-')); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--cache") && i + 1 < args.size()) {
            context.cacheRoot = std::filesystem::path(args[++i].toStdU16String());
        } else if (a.startsWith(QLatin1String("--cache="))) {
            context.cacheRoot = std::filesystem::path(a.mid(8).toStdU16String());
        } else if (a == QLatin1String("--version")) {
            std::printf("pellucid-cli %s\n", PELLUCID_VERSION);
            return ExitOk;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(usage().toUtf8().constData(), stdout);
            return ExitOk;
        } else {
            printMessage(Cli::tr("Unknown option %1").arg(a));
            std::fputs(usage().toUtf8().constData(), stderr);
            return ExitUsage;
        }
    }
    if (i >= args.size()) {
        std::fputs(usage().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    context.command = args[i];
    const auto command = commands.find(context.command);
    if (command == commands.end()) {
        printMessage(Cli::tr("Unknown command %1").arg(args[i]));
        std::fputs(usage().toUtf8().constData(), stderr);
        return ExitUsage;
    }
    context.arguments =
        QStringList{QStringLiteral("pellucid-cli ") + context.command} + args.mid(i + 1);
    return command->second(context);
}
