#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

namespace pellucid {

class ServerAssociation;
struct ServerContext;

// C-FIND SCP over the cache: the identifier becomes a CacheQuery (the same matching engine as
// `pellucid-cli list`), each match goes back as a pending response as soon as it is read, and a
// C-CANCEL from the requester stops the query between two matches.
class FindHandler {
public:
    FindHandler(ServerAssociation& association, ServerContext& context);
    OFCondition handle(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID presId);

private:
    ServerAssociation& association_;
    ServerContext& context_;
};

} // namespace pellucid
