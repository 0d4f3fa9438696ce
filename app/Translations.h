#pragma once

#include <QString>

class QCoreApplication;

namespace pellucid {

// Installs Pellucid's and Qt's own translations for `language` (e.g. "de", "ja", "zh_CN"),
// or for the system locale when empty. Returns the language actually loaded ("" = English).
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace pellucid
