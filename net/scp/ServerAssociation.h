#pragma once

#include "net/scp/FindHandler.h"
#include "net/scp/GetHandler.h"
#include "net/scp/MoveHandler.h"
#include "net/scp/ServerContext.h"
#include "net/scp/StoreHandler.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scpthrd.h>

namespace pellucid {

// One association of our DICOM server, on a pool thread: C-ECHO, C-STORE into the cache, and
// C-FIND / C-GET / C-MOVE over it, N-EVENT-REPORT of storage commitment handed to the sink.
// Each DIMSE service has its handler (StoreHandler, FindHandler, GetHandler, MoveHandler).
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
    // Settles the C-MOVE sub-operations this association answered early (see StoreHandler).
    void notifyAssociationTermination() override;
    OFCondition handleIncomingCommand(T_DIMSE_Message* message,
                                      const DcmPresentationContextInfo& info) override;
    OFBool checkCalledAETitleAccepted(const OFString& calledAE) override;
    OFBool checkCallingAETitleAccepted(const OFString& callingAE) override;
    // Storage commitment reports go to the sink; its answer becomes the response status.
    Uint16 checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request,
                                   DcmDataset* information) override;

private:
    // The handlers speak DIMSE on this association through DcmSCP's protected interface.
    friend class StoreHandler;
    friend class FindHandler;
    friend class GetHandler;
    friend class MoveHandler;

    OFCondition handleEventReport(T_DIMSE_N_EventReportRQ& request,
                                  T_ASC_PresentationContextID presId);

    ServerContext& context_;
    T_ASC_Association* association_ = nullptr;
    StoreHandler store_;
    FindHandler find_;
    GetHandler get_;
    MoveHandler move_;
};

} // namespace pellucid
