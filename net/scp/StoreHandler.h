#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

namespace pellucid {

class ServerAssociation;
struct ServerContext;

// C-STORE SCP of one association: the dataset goes straight from the network into a staged
// file in the cache (bit for bit, no re-encoding), InstanceIntake makes it durable and indexes
// it, and only then does the sender hear success. Anything we could not keep gets a failure
// status, never success.
class StoreHandler {
public:
    StoreHandler(ServerAssociation& association, ServerContext& context);
    OFCondition handle(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID presId);
    // At the end of the association: settles the C-MOVE sub-operations it answered early.
    void settle();

private:
    ServerAssociation& association_;
    ServerContext& context_;
    bool hasBatched_ = false;
};

} // namespace pellucid
