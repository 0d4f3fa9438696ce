#include "net/scp/ServerAssociation.h"

#include "net/common/TransferSyntaxes.h"
#include "net/scp/AcceptedSyntaxes.h"

#include <dcmtk/dcmnet/assoc.h>

#include <algorithm>
#include <set>
#include <string_view>

namespace pellucid {

namespace {
std::string trimmed(const OFString& value) {
    std::string s = value.c_str();
    s.erase(s.find_last_not_of(' ') + 1);
    s.erase(0, std::min(s.find_first_not_of(' '), s.size()));
    return s;
}
} // namespace

ServerAssociation::ServerAssociation(ServerContext& context)
    : context_(context)
    , store_(*this, context)
    , find_(*this, context)
    , get_(*this, context)
    , move_(*this, context) {}

OFCondition ServerAssociation::negotiateAssociation() {
    if (!association_)
        return DIMSE_ILLEGALASSOCIATION;
    static const std::vector<std::string> storageClasses = acceptedStorageSopClasses();
    static const std::set<std::string> storage(storageClasses.begin(), storageClasses.end());
    static const std::vector<std::string> storageSyntaxes = acceptedStorageTransferSyntaxes();
    static const std::vector<std::string> commandSyntaxes = commandTransferSyntaxes();
    std::set<std::string> services = {UID_VerificationSOPClass,
                                      UID_StorageCommitmentPushModelSOPClass};
    if (context_.options.queryRetrieve) {
        for (const auto& list :
             {queryRetrieveFindModels(), queryRetrieveMoveModels(), queryRetrieveGetModels()})
            services.insert(list.begin(), list.end());
    }
    T_ASC_Parameters* params = association_->params;
    const int count = ASC_countPresentationContexts(params);
    for (int i = 0; i < count; ++i) {
        T_ASC_PresentationContext pc;
        if (ASC_getPresentationContext(params, i, &pc).bad())
            continue;
        const std::vector<std::string>* ours = nullptr;
        if (storage.count(pc.abstractSyntax))
            ours = &storageSyntaxes;
        else if (services.count(pc.abstractSyntax))
            ours = &commandSyntaxes;
        if (!ours) {
            ASC_refusePresentationContext(params, pc.presentationContextID,
                                          ASC_P_ABSTRACTSYNTAXNOTSUPPORTED);
            continue;
        }
        // Our order of preference decides among what this context proposes.
        const char* chosen = nullptr;
        for (const auto& ts : *ours) {
            for (int t = 0; t < pc.transferSyntaxCount && !chosen; ++t)
                if (ts == pc.proposedTransferSyntaxes[t])
                    chosen = ts.c_str();
            if (chosen)
                break;
        }
        if (!chosen) {
            ASC_refusePresentationContext(params, pc.presentationContextID,
                                          ASC_P_TRANSFERSYNTAXESNOTSUPPORTED);
            continue;
        }
        ASC_acceptPresentationContext(params, pc.presentationContextID, chosen, pc.proposedRole,
                                      OFTrue);
    }
    return EC_Normal;
}

OFCondition ServerAssociation::handleIncomingCommand(T_DIMSE_Message* message,
                                                     const DcmPresentationContextInfo& info) {
    const T_ASC_PresentationContextID presId = info.presentationContextID;
    switch (message->CommandField) {
    case DIMSE_C_STORE_RQ:
        return store_.handle(message->msg.CStoreRQ, presId);
    case DIMSE_C_FIND_RQ:
        if (context_.options.queryRetrieve)
            return find_.handle(message->msg.CFindRQ, presId);
        break;
    case DIMSE_C_GET_RQ:
        if (context_.options.queryRetrieve)
            return get_.handle(message->msg.CGetRQ, presId);
        break;
    case DIMSE_C_MOVE_RQ:
        if (context_.options.queryRetrieve)
            return move_.handle(message->msg.CMoveRQ, presId);
        break;
    case DIMSE_N_EVENT_REPORT_RQ:
        return handleEventReport(message->msg.NEventReportRQ, presId);
    default:
        break;
    }
    return DcmThreadSCP::handleIncomingCommand(message, info); // C-ECHO, else refused
}

void ServerAssociation::notifyAssociationTermination() {
    store_.settle();
    DcmThreadSCP::notifyAssociationTermination();
}

OFBool ServerAssociation::checkCalledAETitleAccepted(const OFString& calledAE) {
    if (!context_.options.checkCalledAeTitle)
        return OFTrue;
    return trimmed(calledAE) == context_.options.aeTitle;
}

OFBool ServerAssociation::checkCallingAETitleAccepted(const OFString& callingAE) {
    const auto& allowed = context_.options.allowedCallingAeTitles;
    return allowed.empty() ||
           std::find(allowed.begin(), allowed.end(), trimmed(callingAE)) != allowed.end();
}

OFCondition ServerAssociation::handleEventReport(T_DIMSE_N_EventReportRQ& request,
                                                 T_ASC_PresentationContextID presId) {
    // DcmSCP receives the report, asks checkEVENTREPORTRequest() for the status and answers.
    DcmDataset* received = nullptr;
    Uint16 eventType = 0;
    const OFCondition cond = handleEVENTREPORTRequest(request, presId, received, eventType);
    delete received;
    return cond;
}

Uint16 ServerAssociation::checkEVENTREPORTRequest(T_DIMSE_N_EventReportRQ& request,
                                                  DcmDataset* information) {
    if (std::string_view(request.AffectedSOPClassUID) != UID_StorageCommitmentPushModelSOPClass)
        return STATUS_N_NoSuchSOPClass;
    const auto& sink = context_.options.commitmentReports;
    if (!sink || !information)
        return STATUS_N_InvalidArgumentValue;
    return sink->deliver(getPeerAETitle().c_str(), request.EventTypeID, *information)
               ? STATUS_Success
               : STATUS_N_InvalidArgumentValue; // no request of ours with that Transaction UID
}

} // namespace pellucid
