#pragma once

#include "core/cache/InstanceIntake.h"
#include "net/scp/DicomServer.h"

#include <memory>

namespace pellucid {

// What every association of one DicomServer shares.
struct ServerContext {
    DicomServerOptions options;
    std::unique_ptr<InstanceIntake> intake;
    DicomServer::Observer observer;
};

} // namespace pellucid
