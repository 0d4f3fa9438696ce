#include "core/display/JsonText.h"

#include <QByteArray>
#include <QJsonParseError>

namespace pellucid {

std::variant<QJsonDocument, std::string> parseJsonText(std::string_view json) {
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(json.data(), qsizetype(json.size())), &error);
    if (error.error != QJsonParseError::NoError)
        return "not valid JSON at offset " + std::to_string(error.offset) + ": " +
               error.errorString().toStdString();
    return doc;
}

} // namespace pellucid
