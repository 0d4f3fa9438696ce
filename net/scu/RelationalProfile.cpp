#include "net/scu/RelationalProfile.h"

#include "net/common/TransferSyntaxes.h"

#include <QDir>
#include <QTemporaryFile>

namespace pellucid {

RelationalProfile::RelationalProfile(const char* findSopClassUid) {
    if (!findSopClassUid)
        return;
    file_ = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                             QStringLiteral("/pellucid-relational-XXXXXX.cfg"));
    if (!file_->open())
        return;
    std::string text = "[[TransferSyntaxes]]\n[COMMAND]\n";
    int n = 0;
    for (const std::string& syntax : commandTransferSyntaxes())
        text += "TransferSyntax" + std::to_string(++n) + " = " + syntax + "\n";
    const std::string uid = findSopClassUid;
    // Byte 1 of the C-FIND service class application information: relational queries = 1.
    text += "\n[[PresentationContexts]]\n[FIND]\nPresentationContext1 = " + uid + "\\COMMAND\n" +
            "\n[[ExtendedNegotiation]]\n[RELATIONAL]\nExtendedNegotiation1 = " + uid + "\\01\n" +
            "\n[[Profiles]]\n[RELATIONAL]\nPresentationContexts = FIND\n" +
            "ExtendedNegotiation = RELATIONAL\n";
    if (file_->write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file_->flush())
        return;
    path_ = QDir::toNativeSeparators(file_->fileName()).toStdString();
}

RelationalProfile::~RelationalProfile() = default;

} // namespace pellucid
