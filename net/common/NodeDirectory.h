#pragma once

#include "net/common/RemoteNode.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace pellucid {

// The remote nodes the user configured (PACS, modalities, other workstations), with every
// per-node option, persisted with QSettings: in an INI file the caller names (tests, portable
// installs) or in the application's own settings. Nodes are identified by their display name
// (RemoteNode::name, or the AE title when it has none); names are unique, case-sensitively.
// Each call reads or writes the settings, so two directories on the same file agree.
class NodeDirectory {
public:
    explicit NodeDirectory(QString iniFile = {}); // empty: QSettings() of the application

    std::vector<RemoteNode> list() const; // in the order they were added
    std::optional<RemoteNode> find(const std::string& name) const;
    // False and why when the node is invalid or its name is taken.
    bool add(const RemoteNode& node, std::string* error);
    // Replaces the node called `name` (it may be renamed); false when there is none.
    bool update(const std::string& name, const RemoteNode& node, std::string* error);
    bool remove(const std::string& name);

    static std::string displayName(const RemoteNode& node);

private:
    void store(const std::vector<RemoteNode>& nodes) const;
    QString iniFile_;
};

} // namespace pellucid
