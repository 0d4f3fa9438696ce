#pragma once

#include "net/RemoteNode.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pellucid {

// One cached instance on its way out (C-STORE, C-GET and C-MOVE sub-operations).
struct OutgoingInstance {
    std::string sopClassUid, sopInstanceUid, transferSyntaxUid;
    std::filesystem::path file;
};

// Sends cached instances to one node over one association. For every SOP class it proposes the
// syntaxes the files are in (each in its own context, so the node can accept one and refuse
// another) plus Explicit/Implicit VR Little Endian; a file goes out bit for bit in its own
// syntax when the node took it, else decompressed to one it took.
class InstanceSender {
public:
    InstanceSender(const RemoteNode& node, const std::string& callingAeTitle);
    ~InstanceSender();

    // Negotiates an association fit for `instances`; false and `error` when the node refuses.
    bool open(const std::vector<OutgoingInstance>& instances, std::string* error);

    static constexpr Uint16 kNotSent = 0xFFFF; // the association failed: stop sending
    // The node's C-STORE status; kNotSent with `error` when the association broke, a failure
    // status (0xA700-style codes of ours are never invented: 0x0122 when no context fits,
    // 0xC000 when the file cannot be converted) with `error` when this one instance could not go.
    Uint16 send(const OutgoingInstance& instance, std::string* error,
                const std::string& moveOriginatorAeTitle = {}, Uint16 moveOriginatorMessageId = 0);
    void close();

private:
    DcmSCU scu_;
    bool open_ = false;
};

} // namespace pellucid
