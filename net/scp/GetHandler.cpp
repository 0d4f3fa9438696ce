#include "net/scp/GetHandler.h"

#include "core/query/IdentifierQuery.h"
#include "net/common/TransferSyntaxes.h"
#include "net/scp/AcceptedSyntaxes.h"
#include "net/scp/ServerAssociation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>

#include <cstring>
#include <memory>
#include <optional>

namespace pellucid {

namespace {

// The accepted context to send `item` on: its own syntax, else one we can convert it to.
std::optional<std::pair<T_ASC_PresentationContextID, std::string>> contextFor(
    const OutgoingInstance& item,
    const std::map<std::pair<std::string, std::string>, T_ASC_PresentationContextID>& contexts) {
    if (auto it = contexts.find({item.sopClassUid, item.transferSyntaxUid}); it != contexts.end())
        return std::make_pair(it->second, item.transferSyntaxUid);
    for (const std::string& ts : uncompressedTransferSyntaxes()) {
        if (auto it = contexts.find({item.sopClassUid, ts}); it != contexts.end())
            return std::make_pair(it->second, ts);
    }
    return std::nullopt;
}

} // namespace

GetHandler::GetHandler(ServerAssociation& association, ServerContext& context)
    : association_(association)
    , context_(context) {}

Uint16 GetHandler::sendSubOperation(const OutgoingInstance& item, Uint16 messageId,
                                    const ContextMap& contexts, std::string* error) {
    const auto context = contextFor(item, contexts);
    if (!context) {
        *error = "the requester accepted no presentation context for " + item.sopClassUid +
                 " in a syntax we can send";
        return STATUS_STORE_Refused_SOPClassNotSupported;
    }
    T_DIMSE_Message message;
    std::memset(&message, 0, sizeof message);
    message.CommandField = DIMSE_C_STORE_RQ;
    T_DIMSE_C_StoreRQ& request = message.msg.CStoreRQ;
    request.MessageID = messageId;
    OFStandard::strlcpy(request.AffectedSOPClassUID, item.sopClassUid.c_str(),
                        sizeof request.AffectedSOPClassUID);
    OFStandard::strlcpy(request.AffectedSOPInstanceUID, item.sopInstanceUid.c_str(),
                        sizeof request.AffectedSOPInstanceUID);
    request.DataSetType = DIMSE_DATASET_PRESENT;
    request.Priority = DIMSE_PRIORITY_MEDIUM;
    OFCondition cond;
    if (context->second == item.transferSyntaxUid) {
        // Straight from the file: the dataset goes out bit for bit, without being parsed.
        cond =
            DIMSE_sendMessageUsingFileData(association_.association_, context->first, &message,
                                           nullptr, item.file.string().c_str(), nullptr, nullptr);
    } else {
        DcmFileFormat file;
        cond = file.loadFile(item.file.string().c_str());
        if (cond.bad()) {
            *error = std::string("cannot read the cached file: ") + cond.text();
            return STATUS_STORE_Refused_OutOfResources;
        }
        DcmDataset* dataset = file.getDataset();
        const E_TransferSyntax target = DcmXfer(context->second.c_str()).getXfer();
        if (dataset->chooseRepresentation(target, nullptr).bad() ||
            !dataset->canWriteXfer(target)) {
            *error = "cannot convert " + item.sopInstanceUid + " to " + context->second;
            return STATUS_STORE_Error_CannotUnderstand;
        }
        cond = association_.sendDIMSEMessage(context->first, &message, dataset);
    }
    if (cond.bad()) {
        *error = std::string("sending failed: ") + cond.text();
        return 0xFFFF;
    }
    T_DIMSE_Message response;
    DcmDataset* statusDetail = nullptr;
    T_ASC_PresentationContextID responseId = context->first;
    cond = association_.receiveDIMSECommand(&responseId, &response, &statusDetail);
    delete statusDetail;
    if (cond.bad() || response.CommandField != DIMSE_C_STORE_RSP) {
        *error = std::string("no C-STORE response: ") + cond.text();
        return 0xFFFF;
    }
    return response.msg.CStoreRSP.DimseStatus;
}

OFCondition GetHandler::sendResponse(T_ASC_PresentationContextID presId,
                                     const T_DIMSE_C_GetRQ& request, Uint16 status, int remaining,
                                     int completed, int failed, int warning, DcmDataset* identifier,
                                     DcmDataset* statusDetail) {
    T_DIMSE_Message message;
    std::memset(&message, 0, sizeof message);
    message.CommandField = DIMSE_C_GET_RSP;
    T_DIMSE_C_GetRSP& response = message.msg.CGetRSP;
    response.MessageIDBeingRespondedTo = request.MessageID;
    OFStandard::strlcpy(response.AffectedSOPClassUID, request.AffectedSOPClassUID,
                        sizeof response.AffectedSOPClassUID);
    response.DimseStatus = status;
    response.NumberOfRemainingSubOperations = static_cast<DIC_US>(remaining);
    response.NumberOfCompletedSubOperations = static_cast<DIC_US>(completed);
    response.NumberOfFailedSubOperations = static_cast<DIC_US>(failed);
    response.NumberOfWarningSubOperations = static_cast<DIC_US>(warning);
    response.opts = O_GET_AFFECTEDSOPCLASSUID | O_GET_NUMBEROFCOMPLETEDSUBOPERATIONS |
                    O_GET_NUMBEROFFAILEDSUBOPERATIONS | O_GET_NUMBEROFWARNINGSUBOPERATIONS;
    if (status == STATUS_Pending)
        response.opts |= O_GET_NUMBEROFREMAININGSUBOPERATIONS;
    response.DataSetType = identifier ? DIMSE_DATASET_PRESENT : DIMSE_DATASET_NULL;
    return association_.sendDIMSEMessage(presId, &message, identifier, statusDetail);
}

OFCondition GetHandler::handle(T_DIMSE_C_GetRQ& request, T_ASC_PresentationContextID presId) {
    T_ASC_PresentationContextID datasetId = presId;
    DcmDataset* received = nullptr;
    OFCondition cond = association_.receiveDIMSEDataset(&datasetId, &received);
    std::unique_ptr<DcmDataset> identifier(received);
    if (cond.bad())
        return cond;
    std::string error;
    auto refuse = [&](Uint16 status) {
        DcmDataset detail;
        detail.putAndInsertString(DCM_ErrorComment, error.substr(0, 64).c_str());
        return sendResponse(presId, request, status, 0, 0, 0, 0, nullptr, &detail);
    };
    if (!identifier) {
        error = "no identifier";
        return refuse(STATUS_GET_Error_DataSetDoesNotMatchSOPClass);
    }
    const auto query = readIdentifierQuery(*identifier, &error);
    if (!query || !isRetrieveKeyOnly(*query, &error))
        return refuse(STATUS_GET_Error_DataSetDoesNotMatchSOPClass);
    if (!queryLevelAllowed(request.AffectedSOPClassUID, query->level)) {
        error = "level not in this information model";
        return refuse(STATUS_GET_Error_DataSetDoesNotMatchSOPClass);
    }
    const auto items = findOutgoingInstances(*query, context_.intake->cacheRoot(), &error);
    if (!items)
        return refuse(STATUS_GET_Refused_OutOfResourcesNumberOfMatches);

    ContextMap contexts;
    for (int id = 1; id <= 255; id += 2) {
        OFString abstractSyntax, transferSyntax;
        association_.findPresentationContext(static_cast<T_ASC_PresentationContextID>(id),
                                             abstractSyntax, transferSyntax);
        if (!abstractSyntax.empty())
            contexts.emplace(std::make_pair(std::string(abstractSyntax.c_str()),
                                            std::string(transferSyntax.c_str())),
                             static_cast<T_ASC_PresentationContextID>(id));
    }

    int completed = 0, failed = 0, warning = 0;
    std::vector<std::string> failedUids;
    Uint16 messageId = 1;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const OutgoingInstance& item = (*items)[i];
        std::string why;
        const Uint16 status = sendSubOperation(item, messageId++, contexts, &why);
        if (status == 0xFFFF)
            return DIMSE_SENDFAILED; // the association is gone or broken
        if (status == STATUS_Success) {
            ++completed;
        } else if ((status & 0xF000) == 0xB000) {
            ++warning;
        } else {
            ++failed;
            failedUids.push_back(item.sopInstanceUid);
        }
        const int remaining = static_cast<int>(items->size() - i - 1);
        if (association_.checkForCANCEL(presId, request.MessageID).good()) {
            DcmDataset holder;
            for (std::size_t j = i + 1; j < items->size(); ++j)
                failedUids.push_back((*items)[j].sopInstanceUid);
            return sendResponse(
                presId, request, STATUS_GET_Cancel_SubOperationsTerminatedDueToCancelIndication,
                remaining, completed, failed, warning, failedUidList(failedUids, holder));
        }
        if (remaining > 0) {
            cond = sendResponse(presId, request, STATUS_Pending, remaining, completed, failed,
                                warning, nullptr);
            if (cond.bad())
                return cond;
        }
    }
    DcmDataset holder;
    const Uint16 final = failed == 0 && warning == 0 ? STATUS_Success
                         : completed == 0 && warning == 0
                             ? STATUS_GET_Failed_UnableToProcess
                             : STATUS_GET_Warning_SubOperationsCompleteOneOrMoreFailures;
    return sendResponse(presId, request, final, 0, completed, failed, warning,
                        failedUidList(failedUids, holder));
}

} // namespace pellucid
