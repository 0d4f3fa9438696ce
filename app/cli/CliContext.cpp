#include "app/cli/CliContext.h"

#include "core/cache/Cache.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace pellucid {

std::optional<int> CliContext::parse(QCommandLineParser& parser) const {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption cache(QStringLiteral("cache"), Cli::tr("The cache folder."),
                                   QStringLiteral("DIR"));
    parser.addOption(cache);
    if (!parser.parse(arguments)) {
        printMessage(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(cache))
        cacheRoot = std::filesystem::path(parser.value(cache).toStdU16String());
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return ExitOk;
    }
    return std::nullopt;
}

std::unique_ptr<Cache> CliContext::openCache() const {
    std::string error;
    auto cache = Cache::open(cacheRoot, &error);
    if (!cache)
        printMessage(
            Cli::tr("Cannot open the cache %1: %2")
                .arg(QString::fromStdString(cacheRoot.string()), QString::fromStdString(error)));
    return cache;
}

void printJson(const QJsonObject& document) {
    const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    std::fflush(stdout);
}

void printMessage(const QString& text) {
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal() {
    return isatty(fileno(stderr)) != 0;
}

} // namespace pellucid
