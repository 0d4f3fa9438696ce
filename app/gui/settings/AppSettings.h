#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace pellucid {

// The settings the GUI reads and writes: the application's own QSettings, or an INI file the
// caller names (tests, portable installs), as NodeDirectory does.
std::unique_ptr<QSettings> openAppSettings(const QString& iniFile = {});

// Our own node as the storage service runs it ("storage/..." keys, StorageService.h).
struct LocalNodeSettings {
    bool enabled = true;
    QString aeTitle = QStringLiteral("PELLUCID");
    int port = 11112;
};
LocalNodeSettings readLocalNode(const QSettings& settings);

} // namespace pellucid
