#pragma once

#include <QJsonDocument>

#include <string>
#include <string_view>
#include <variant>

namespace pellucid {

// A JSON text of the display's data files (presets, annotation templates) parsed, or why not in
// words a user editing the file can act on.
std::variant<QJsonDocument, std::string> parseJsonText(std::string_view json);

} // namespace pellucid
