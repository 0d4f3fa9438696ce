#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>

namespace pellucid {

class Cache;

// The translation context of everything the command line says to people.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Exit codes of the command-line contract.
enum ExitCode : int { ExitOk = 0, ExitUsage = 1, ExitFailed = 2 };

// What every command gets: its own arguments and the global options.
struct CliContext {
    QString command;
    QStringList arguments; // argv[0]-style program name first, then the command's arguments
    mutable std::filesystem::path cacheRoot; // --cache may also follow the command

    // Parses the command's options. Returns the exit code when the command should stop here:
    // ExitUsage after printing a usage error, ExitOk after printing --help.
    std::optional<int> parse(QCommandLineParser& parser) const;
    // Opens the cache; on failure prints why.
    std::unique_ptr<Cache> openCache() const;
};

void printJson(const QJsonObject& document);
void printMessage(const QString& text); // to stderr, one line
bool stderrIsTerminal();

} // namespace pellucid
