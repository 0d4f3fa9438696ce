#include "net/common/NodeDirectory.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <memory>

namespace pellucid {

namespace {

const QString kArray = QStringLiteral("RemoteNodes");

std::unique_ptr<QSettings> openSettings(const QString& iniFile) {
    if (iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(iniFile, QSettings::IniFormat);
}

std::string validate(const RemoteNode& node) {
    if (!isValidAeTitle(node.aeTitle))
        return "invalid AE title: " + node.aeTitle;
    if (node.host.empty())
        return "a host is needed";
    if (node.port < 1 || node.port > 65535)
        return "the port must be 1-65535";
    if (node.connectTimeoutSeconds < 1 || node.dimseTimeoutSeconds < 1)
        return "timeouts must be at least one second";
    return {};
}

} // namespace

NodeDirectory::NodeDirectory(QString iniFile)
    : iniFile_(std::move(iniFile)) {}

std::string NodeDirectory::displayName(const RemoteNode& node) {
    return node.name.empty() ? node.aeTitle : node.name;
}

std::vector<RemoteNode> NodeDirectory::list() const {
    auto settings = openSettings(iniFile_);
    std::vector<RemoteNode> nodes;
    const int count = settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        RemoteNode n;
        n.aeTitle = settings->value("aeTitle").toString().toStdString();
        n.host = settings->value("host").toString().toStdString();
        n.port = settings->value("port", 104).toInt();
        n.name = settings->value("name").toString().toStdString();
        n.retrieveMethod = settings->value("retrieveMethod").toString() == QLatin1String("move")
                               ? RetrieveMethod::Move
                               : RetrieveMethod::Get;
        for (const QString& s : settings->value("preferredTransferSyntaxes").toStringList())
            if (!s.isEmpty())
                n.preferredTransferSyntaxes.push_back(s.toStdString());
        n.maxPduLength = settings->value("maxPduLength", 65536).toUInt();
        n.connectTimeoutSeconds = settings->value("connectTimeoutSeconds", 10).toInt();
        n.dimseTimeoutSeconds = settings->value("dimseTimeoutSeconds", 60).toInt();
        n.tls = settings->value("tls", false).toBool();
        nodes.push_back(std::move(n));
    }
    settings->endArray();
    return nodes;
}

void NodeDirectory::store(const std::vector<RemoteNode>& nodes) const {
    auto settings = openSettings(iniFile_);
    settings->remove(kArray); // a shorter list must not keep the old tail
    settings->beginWriteArray(kArray, static_cast<int>(nodes.size()));
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
        const RemoteNode& n = nodes[static_cast<std::size_t>(i)];
        settings->setArrayIndex(i);
        settings->setValue("aeTitle", QString::fromStdString(n.aeTitle));
        settings->setValue("host", QString::fromStdString(n.host));
        settings->setValue("port", n.port);
        settings->setValue("name", QString::fromStdString(n.name));
        settings->setValue("retrieveMethod", n.retrieveMethod == RetrieveMethod::Move
                                                 ? QStringLiteral("move")
                                                 : QStringLiteral("get"));
        QStringList syntaxes;
        for (const std::string& s : n.preferredTransferSyntaxes)
            syntaxes << QString::fromStdString(s);
        settings->setValue("preferredTransferSyntaxes", syntaxes);
        settings->setValue("maxPduLength", n.maxPduLength);
        settings->setValue("connectTimeoutSeconds", n.connectTimeoutSeconds);
        settings->setValue("dimseTimeoutSeconds", n.dimseTimeoutSeconds);
        settings->setValue("tls", n.tls);
    }
    settings->endArray();
    settings->sync();
}

std::optional<RemoteNode> NodeDirectory::find(const std::string& name) const {
    for (const RemoteNode& n : list())
        if (displayName(n) == name)
            return n;
    return std::nullopt;
}

bool NodeDirectory::add(const RemoteNode& node, std::string* error) {
    if (const std::string problem = validate(node); !problem.empty()) {
        if (error)
            *error = problem;
        return false;
    }
    std::vector<RemoteNode> nodes = list();
    if (std::any_of(nodes.begin(), nodes.end(),
                    [&](const RemoteNode& n) { return displayName(n) == displayName(node); })) {
        if (error)
            *error = "a node called " + displayName(node) + " exists already";
        return false;
    }
    nodes.push_back(node);
    store(nodes);
    return true;
}

bool NodeDirectory::update(const std::string& name, const RemoteNode& node, std::string* error) {
    if (const std::string problem = validate(node); !problem.empty()) {
        if (error)
            *error = problem;
        return false;
    }
    std::vector<RemoteNode> nodes = list();
    auto it = std::find_if(nodes.begin(), nodes.end(),
                           [&](const RemoteNode& n) { return displayName(n) == name; });
    if (it == nodes.end()) {
        if (error)
            *error = "no node called " + name;
        return false;
    }
    if (displayName(node) != name &&
        std::any_of(nodes.begin(), nodes.end(),
                    [&](const RemoteNode& n) { return displayName(n) == displayName(node); })) {
        if (error)
            *error = "a node called " + displayName(node) + " exists already";
        return false;
    }
    *it = node;
    store(nodes);
    return true;
}

bool NodeDirectory::remove(const std::string& name) {
    std::vector<RemoteNode> nodes = list();
    const auto before = nodes.size();
    std::erase_if(nodes, [&](const RemoteNode& n) { return displayName(n) == name; });
    if (nodes.size() == before)
        return false;
    store(nodes);
    return true;
}

} // namespace pellucid
