#pragma once

#include "core/query/QueryAttributes.h"
#include "net/scp/ServerContext.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scpthrd.h>

#include <filesystem>
#include <map>
#include <string>
#include <utility>

class DcmFileFormat;

namespace pellucid {

// One cached instance a C-GET or C-MOVE sends.
struct OutgoingInstance {
    std::string sopClassUid, sopInstanceUid, transferSyntaxUid;
    std::filesystem::path file;
};

// The Query/Retrieve levels an information model (C-FIND/C-MOVE/C-GET SOP class) has.
bool queryLevelAllowed(const std::string& model, QueryLevel level);

// One association of our DICOM server, on a pool thread: C-ECHO, C-STORE into the cache, and
// C-FIND / C-GET / C-MOVE over it, N-EVENT-REPORT of storage commitment handed to the sink.
// The services live in their own files (ServerStore, ServerQuery, ServerRetrieve).
class ServerAssociation : public DcmThreadSCP {
public:
    explicit ServerAssociation(ServerContext& context);
    // The pool hands us the association before run(): our own negotiation needs it.
    void attach(T_ASC_Association* association) { association_ = association; }

protected:
    // Accepts contexts ourselves instead of through a DCMTK association profile: a profile
    // holds at most 128 presentation contexts and we accept every storage SOP class, the
    // Q/R models, verification and storage commitment. Roles are accepted as proposed (a C-GET
    // requester takes the SCP role for storage).
    OFCondition negotiateAssociation() override;
    // Settles the C-MOVE sub-operations this association answered early (see ServerStore).
    void notifyAssociationTermination() override;
    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override;
    OFBool checkCalledAETitleAccepted(const OFString& calledAE) override;
    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override;
    // Storage commitment reports go to the sink; its answer becomes the response status.
    Uint16 checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request,
                                   DcmDataset* information) override;

private:
    OFCondition handleStore(T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID presId);
    OFCondition handleFind(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID presId);
    OFCondition handleGet(T_DIMSE_C_GetRQ& request, T_ASC_PresentationContextID presId);
    OFCondition handleMove(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID presId);
    OFCondition handleEventReport(T_DIMSE_N_EventReportRQ& request,
                                  T_ASC_PresentationContextID presId);

    // C-GET: one storage sub-operation on this association; returns the peer's status, or
    // nullopt-like 0xFFFF with `error` when it could not be sent.
    Uint16 sendSubOperation(
        const OutgoingInstance& item, Uint16 messageId,
        const std::map<std::pair<std::string, std::string>, T_ASC_PresentationContextID>& contexts,
        std::string* error);
    OFCondition sendGetResponse(T_ASC_PresentationContextID presId, const T_DIMSE_C_GetRQ& request,
                                Uint16 status, int remaining, int completed, int failed,
                                int warning, DcmDataset* identifier,
                                DcmDataset* statusDetail = nullptr);

    ServerContext& context_;
    T_ASC_Association* association_ = nullptr;
    bool hasBatched_ = false;
};

} // namespace pellucid
