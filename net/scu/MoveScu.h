#pragma once

#include "net/common/RemoteNode.h"
#include "net/scu/RetrieveRequest.h"

#include <atomic>
#include <string>

namespace pellucid {

// C-MOVE of a study, a series or instances (Study Root) from `node` to `destinationAeTitle`:
// the node opens its own association to that AE (it must know its address) and sends the
// instances there. To bring them to us, run our DicomServer (net/scp/DicomServer.h) under that AE
// title first. `progress` is called from the pending responses; setting `cancel` sends
// C-CANCEL at the next response.
RetrieveResult moveInstances(const RemoteNode& node, const RetrieveRequest& request,
                             const std::string& destinationAeTitle,
                             const RetrieveProgressCallback& progress = {},
                             const std::atomic<bool>* cancel = nullptr);

} // namespace pellucid
