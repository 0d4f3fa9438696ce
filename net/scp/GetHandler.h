#pragma once

#include "net/scp/OutgoingInstance.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dimse.h>

#include <map>
#include <string>
#include <utility>

namespace pellucid {

class ServerAssociation;
struct ServerContext;

// C-GET SCP over the cache: the instances go back as C-STORE sub-operations on the requester's
// own association, in a syntax it accepted (converting when it did not accept the stored one),
// with a pending response after each; a C-CANCEL stops them between two instances.
class GetHandler {
public:
    GetHandler(ServerAssociation& association, ServerContext& context);
    OFCondition handle(T_DIMSE_C_GetRQ& request, T_ASC_PresentationContextID presId);

private:
    using ContextMap = std::map<std::pair<std::string, std::string>, T_ASC_PresentationContextID>;

    // One storage sub-operation on this association; returns the peer's status, or 0xFFFF with
    // `error` when it could not be sent.
    Uint16 sendSubOperation(const OutgoingInstance& item, Uint16 messageId,
                            const ContextMap& contexts, std::string* error);
    OFCondition sendResponse(T_ASC_PresentationContextID presId, const T_DIMSE_C_GetRQ& request,
                             Uint16 status, int remaining, int completed, int failed, int warning,
                             DcmDataset* identifier, DcmDataset* statusDetail = nullptr);

    ServerAssociation& association_;
    ServerContext& context_;
};

} // namespace pellucid
