#include "net/scp/ServerAssociation.h"

#include "net/scp/AcceptedSyntaxes.h"
#include "net/scu/ScuAssociation.h"

#include <dcmtk/dcmnet/assoc.h>

#include <algorithm>
#include <set>

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
    : context_(context) {}

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
        return handleStore(message->msg.CStoreRQ, presId);
    case DIMSE_C_FIND_RQ:
        if (context_.options.queryRetrieve)
            return handleFind(message->msg.CFindRQ, presId);
        break;
    case DIMSE_C_GET_RQ:
        if (context_.options.queryRetrieve)
            return handleGet(message->msg.CGetRQ, presId);
        break;
    case DIMSE_C_MOVE_RQ:
        if (context_.options.queryRetrieve)
            return handleMove(message->msg.CMoveRQ, presId);
        break;
    case DIMSE_N_EVENT_REPORT_RQ:
        return handleEventReport(message->msg.NEventReportRQ, presId);
    default:
        break;
    }
    return DcmThreadSCP::handleIncomingCommand(message, info); // C-ECHO, else refused
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

} // namespace pellucid
