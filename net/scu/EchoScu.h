#pragma once

#include "net/common/RemoteNode.h"

#include <string>

namespace pellucid {

struct EchoResult {
    bool ok = false;
    std::string error;
    double milliseconds = 0; // association + C-ECHO + release
};

// C-ECHO (Verification SOP Class) to `node`, as `callingAeTitle`. Every network step is bounded
// by `timeoutSeconds`.
EchoResult echo(const RemoteNode& node, const std::string& callingAeTitle, int timeoutSeconds = 10);

} // namespace pellucid
