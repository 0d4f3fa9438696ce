#include "app/gui/settings/AppSettings.h"

#include <QSettings>

namespace pellucid {

std::unique_ptr<QSettings> openAppSettings(const QString& iniFile) {
    if (iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}

LocalNodeSettings readLocalNode(const QSettings& settings) {
    LocalNodeSettings local;
    local.enabled = settings.value(QStringLiteral("storage/enabled"), local.enabled).toBool();
    local.aeTitle = settings.value(QStringLiteral("storage/aeTitle"), local.aeTitle).toString();
    local.port = settings.value(QStringLiteral("storage/port"), local.port).toInt();
    return local;
}

} // namespace pellucid
