#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

namespace pellucid {

class ServerAssociation;
struct ServerContext;

// C-MOVE SCP over the cache: the instances go to a configured destination through the server's
// FileSender (its own association, conversion as the destination needs), with a pending
// response after each; a C-CANCEL stops them between two instances.
class MoveHandler {
public:
    MoveHandler(ServerAssociation& association, ServerContext& context);
    OFCondition handle(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID presId);

private:
    ServerAssociation& association_;
    ServerContext& context_;
};

} // namespace pellucid
