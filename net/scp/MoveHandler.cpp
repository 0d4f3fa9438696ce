#include "net/scp/MoveHandler.h"

#include "core/query/IdentifierQuery.h"
#include "net/scp/AcceptedSyntaxes.h"
#include "net/scp/OutgoingInstance.h"
#include "net/scp/ServerAssociation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmnet/diutil.h>

#include <atomic>
#include <memory>

namespace pellucid {

MoveHandler::MoveHandler(ServerAssociation& association, ServerContext& context)
    : association_(association)
    , context_(context) {}

OFCondition MoveHandler::handle(T_DIMSE_C_MoveRQ& request, T_ASC_PresentationContextID presId) {
    DcmDataset* received = nullptr;
    OFString destinationAe;
    OFCondition cond = association_.receiveMOVERequest(request, presId, received, destinationAe);
    std::unique_ptr<DcmDataset> identifier(received);
    if (cond.bad())
        return cond;
    const OFString model = request.AffectedSOPClassUID;
    std::string error;
    auto refuse = [&](Uint16 status) {
        DcmDataset detail;
        detail.putAndInsertString(DCM_ErrorComment, error.substr(0, 64).c_str());
        return association_.sendMOVEResponse(presId, request.MessageID, model, nullptr, status,
                                             &detail);
    };
    std::string wanted = destinationAe.c_str();
    wanted.erase(wanted.find_last_not_of(' ') + 1);
    const RemoteNode* destination = nullptr;
    for (const auto& node : context_.options.moveDestinations)
        if (node.aeTitle == wanted)
            destination = &node;
    if (!destination) {
        // Only configured destinations: a C-MOVE must not send patient data wherever asked.
        error = "unknown move destination " + wanted;
        return refuse(STATUS_MOVE_Refused_MoveDestinationUnknown);
    }
    if (!context_.options.sendFiles) {
        error = "this server cannot send";
        return refuse(STATUS_MOVE_Failed_UnableToProcess);
    }
    if (!identifier) {
        error = "no identifier";
        return refuse(STATUS_MOVE_Error_DataSetDoesNotMatchSOPClass);
    }
    const auto query = readIdentifierQuery(*identifier, &error);
    if (!query || !isRetrieveKeyOnly(*query, &error))
        return refuse(STATUS_MOVE_Error_DataSetDoesNotMatchSOPClass);
    if (!queryLevelAllowed(model.c_str(), query->level)) {
        error = "level not in this information model";
        return refuse(STATUS_MOVE_Error_DataSetDoesNotMatchSOPClass);
    }
    const auto items = findOutgoingInstances(*query, context_.intake->cacheRoot(), &error);
    if (!items)
        return refuse(STATUS_MOVE_Refused_OutOfResourcesNumberOfMatches);
    if (items->empty())
        return association_.sendMOVEResponse(presId, request.MessageID, model, nullptr,
                                             STATUS_Success);

    // The sub-operations go out through the FileSender (conversion as the destination needs),
    // each followed by a pending response; a C-CANCEL stops them between two instances.
    std::vector<std::filesystem::path> files;
    for (const auto& item : *items)
        files.push_back(item.file);
    std::atomic<bool> cancel{false};
    OFCondition sendFailure = EC_Normal;
    StoreOptions options;
    options.cancel = &cancel;
    options.moveOriginatorAeTitle = association_.getPeerAETitle().c_str();
    options.moveOriginatorMessageId = request.MessageID;
    options.progress = [&](const StoreProgress& p) {
        if (p.done < p.total && sendFailure.good()) {
            sendFailure = association_.sendMOVEResponse(
                presId, request.MessageID, model, nullptr, STATUS_Pending, nullptr,
                static_cast<Uint16>(p.total - p.done), static_cast<Uint16>(p.succeeded),
                static_cast<Uint16>(p.failed), static_cast<Uint16>(p.warnings));
        }
        if (sendFailure.bad() || association_.checkForCANCEL(presId, request.MessageID).good())
            cancel = true;
    };
    const StoreReport report =
        context_.options.sendFiles(*destination, context_.options.aeTitle, files, options);
    if (sendFailure.bad())
        return sendFailure;
    int completed = 0, failed = 0, warning = 0, remaining = 0;
    std::vector<std::string> failedUids;
    for (std::size_t i = 0; i < report.instances.size(); ++i) {
        switch (report.instances[i].outcome) {
        case StoreInstanceResult::Outcome::Success:
            ++completed;
            break;
        case StoreInstanceResult::Outcome::Warning:
            ++warning;
            break;
        case StoreInstanceResult::Outcome::Failed:
            ++failed;
            failedUids.push_back((*items)[i].sopInstanceUid);
            break;
        case StoreInstanceResult::Outcome::NotSent:
            (report.cancelled ? remaining : failed)++;
            failedUids.push_back((*items)[i].sopInstanceUid);
            break;
        }
    }
    DcmDataset holder;
    const Uint16 final = report.cancelled
                             ? STATUS_MOVE_Cancel_SubOperationsTerminatedDueToCancelIndication
                         : failed == 0 && warning == 0 ? STATUS_Success
                         : completed == 0 && warning == 0
                             ? STATUS_MOVE_Failed_UnableToProcess
                             : STATUS_MOVE_Warning_SubOperationsCompleteOneOrMoreFailures;
    return association_.sendMOVEResponse(
        presId, request.MessageID, model, failedUidList(failedUids, holder), final, nullptr,
        static_cast<Uint16>(remaining), static_cast<Uint16>(completed), static_cast<Uint16>(failed),
        static_cast<Uint16>(warning));
}

} // namespace pellucid
