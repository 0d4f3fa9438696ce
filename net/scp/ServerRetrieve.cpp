// C-GET and C-MOVE over the cache. C-GET sends the instances back as C-STORE sub-operations on
// the requester's own association, in a syntax it accepted (converting when it did not accept
// the stored one); C-MOVE opens an association to a configured destination. Both report
// progress with pending responses and stop on C-CANCEL between two instances.

#include "core/cache/CacheIndex.h"
#include "core/query/IdentifierQuery.h"
#include "net/scp/ServerAssociation.h"
#include "net/scu/StoreScu.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

namespace pellucid {

namespace {

using ContextMap = std::map<std::pair<std::string, std::string>, T_ASC_PresentationContextID>;

// The instances a retrieve identifier names (its unique keys at and above its level).
std::optional<std::vector<OutgoingInstance>> retrieveItems(const IdentifierQuery& query,
                                                           const std::filesystem::path& cacheRoot,
                                                           std::string* error) {
    auto index = CacheIndex::open(cacheRoot / "index.sqlite", error, CacheIndex::Mode::ReadOnly);
    if (!index)
        return std::nullopt;
    const CacheQuery cacheQuery(QueryLevel::Instance, query.keys);
    int classColumn = -1, uidColumn = -1, syntaxColumn = -1, pathColumn = -1;
    for (std::size_t c = 0; c < cacheQuery.columns().size(); ++c) {
        const std::string_view keyword = cacheQuery.columns()[c]->keyword;
        const int column = static_cast<int>(c);
        if (keyword == "SOPClassUID")
            classColumn = column;
        else if (keyword == "SOPInstanceUID")
            uidColumn = column;
        else if (keyword == "TransferSyntaxUID")
            syntaxColumn = column;
        else if (keyword == "FilePath")
            pathColumn = column;
    }
    std::vector<OutgoingInstance> items;
    const bool ran = cacheQuery.run(
        *index,
        [&](const CacheQuery::Row& row) {
            OutgoingInstance item;
            item.sopClassUid = std::get<std::string>(row[classColumn]);
            item.sopInstanceUid = std::get<std::string>(row[uidColumn]);
            if (const auto* ts = std::get_if<std::string>(&row[syntaxColumn]))
                item.transferSyntaxUid = *ts;
            item.file = cacheRoot / std::get<std::string>(row[pathColumn]);
            items.push_back(std::move(item));
            return true;
        },
        error);
    if (!ran)
        return std::nullopt;
    return items;
}

bool isRetrieveKeyOnly(const IdentifierQuery& query, std::string* error) {
    // A retrieve names what to send by UIDs; anything else would be a query in disguise.
    if (query.keys.empty()) {
        *error = "the identifier names no Study/Series/SOP Instance UID";
        return false;
    }
    for (const auto& key : query.keys) {
        const std::string_view keyword = key.attribute->keyword;
        if (keyword != "PatientID" && keyword != "StudyInstanceUID" &&
            keyword != "SeriesInstanceUID" && keyword != "SOPInstanceUID") {
            *error = std::string(key.attribute->keyword) + " is not a unique key";
            return false;
        }
    }
    return true;
}

// The accepted context to send `item` on: its own syntax, else one we can convert it to.
std::optional<std::pair<T_ASC_PresentationContextID, std::string>>
contextFor(const OutgoingInstance& item, const ContextMap& contexts) {
    if (auto it = contexts.find({item.sopClassUid, item.transferSyntaxUid}); it != contexts.end())
        return std::make_pair(it->second, item.transferSyntaxUid);
    for (const char* ts :
         {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax,
          UID_BigEndianExplicitTransferSyntax}) {
        if (auto it = contexts.find({item.sopClassUid, ts}); it != contexts.end())
            return std::make_pair(it->second, std::string(ts));
    }
    return std::nullopt;
}

DcmDataset* failedUidList(const std::vector<std::string>& failed, DcmDataset& holder) {
    if (failed.empty())
        return nullptr;
    std::string joined;
    for (const auto& uid : failed)
        joined += (joined.empty() ? "" : "\\") + uid;
    holder.putAndInsertString(DCM_FailedSOPInstanceUIDList, joined.c_str());
    return &holder;
}

} // namespace

Uint16 ServerAssociation::sendSubOperation(const OutgoingInstance& item, Uint16 messageId,
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
        cond = DIMSE_sendMessageUsingFileData(association_, context->first, &message, nullptr,
                                              item.file.string().c_str(), nullptr, nullptr);
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
        cond = sendDIMSEMessage(context->first, &message, dataset);
    }
    if (cond.bad()) {
        *error = std::string("sending failed: ") + cond.text();
        return 0xFFFF;
    }
    T_DIMSE_Message response;
    DcmDataset* statusDetail = nullptr;
    T_ASC_PresentationContextID responseId = context->first;
    cond = receiveDIMSECommand(&responseId, &response, &statusDetail);
    delete statusDetail;
    if (cond.bad() || response.CommandField != DIMSE_C_STORE_RSP) {
        *error = std::string("no C-STORE response: ") + cond.text();
        return 0xFFFF;
    }
    return response.msg.CStoreRSP.DimseStatus;
}

OFCondition ServerAssociation::sendGetResponse(T_ASC_PresentationContextID presId,
                                               const T_DIMSE_C_GetRQ& request, Uint16 status,
                                               int remaining, int completed, int failed,
                                               int warning, DcmDataset* identifier,
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
    return sendDIMSEMessage(presId, &message, identifier, statusDetail);
}

OFCondition ServerAssociation::handleGet(T_DIMSE_C_GetRQ& request,
                                         T_ASC_PresentationContextID presId) {
    T_ASC_PresentationContextID datasetId = presId;
    DcmDataset* received = nullptr;
    OFCondition cond = receiveDIMSEDataset(&datasetId, &received);
    std::unique_ptr<DcmDataset> identifier(received);
    if (cond.bad())
        return cond;
    std::string error;
    auto refuse = [&](Uint16 status) {
        DcmDataset detail;
        detail.putAndInsertString(DCM_ErrorComment, error.substr(0, 64).c_str());
        return sendGetResponse(presId, request, status, 0, 0, 0, 0, nullptr, &detail);
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
    const auto items = retrieveItems(*query, context_.intake->cacheRoot(), &error);
    if (!items)
        return refuse(STATUS_GET_Refused_OutOfResourcesNumberOfMatches);

    ContextMap contexts;
    for (int id = 1; id <= 255; id += 2) {
        OFString abstractSyntax, transferSyntax;
        findPresentationContext(static_cast<T_ASC_PresentationContextID>(id), abstractSyntax,
                                transferSyntax);
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
        if (checkForCANCEL(presId, request.MessageID).good()) {
            DcmDataset holder;
            for (std::size_t j = i + 1; j < items->size(); ++j)
                failedUids.push_back((*items)[j].sopInstanceUid);
            return sendGetResponse(
                presId, request, STATUS_GET_Cancel_SubOperationsTerminatedDueToCancelIndication,
                remaining, completed, failed, warning, failedUidList(failedUids, holder));
        }
        if (remaining > 0) {
            cond = sendGetResponse(presId, request, STATUS_Pending, remaining, completed, failed,
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
    return sendGetResponse(presId, request, final, 0, completed, failed, warning,
                           failedUidList(failedUids, holder));
}

OFCondition ServerAssociation::handleMove(T_DIMSE_C_MoveRQ& request,
                                          T_ASC_PresentationContextID presId) {
    DcmDataset* received = nullptr;
    OFString destinationAe;
    OFCondition cond = receiveMOVERequest(request, presId, received, destinationAe);
    std::unique_ptr<DcmDataset> identifier(received);
    if (cond.bad())
        return cond;
    const OFString model = request.AffectedSOPClassUID;
    std::string error;
    auto refuse = [&](Uint16 status) {
        DcmDataset detail;
        detail.putAndInsertString(DCM_ErrorComment, error.substr(0, 64).c_str());
        return sendMOVEResponse(presId, request.MessageID, model, nullptr, status, &detail);
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
    const auto items = retrieveItems(*query, context_.intake->cacheRoot(), &error);
    if (!items)
        return refuse(STATUS_MOVE_Refused_OutOfResourcesNumberOfMatches);
    if (items->empty())
        return sendMOVEResponse(presId, request.MessageID, model, nullptr, STATUS_Success);

    // The sub-operations go out through the Storage SCU (conversion as the destination needs),
    // each followed by a pending response; a C-CANCEL stops them between two instances.
    std::vector<std::filesystem::path> files;
    for (const auto& item : *items)
        files.push_back(item.file);
    std::atomic<bool> cancel{false};
    OFCondition sendFailure = EC_Normal;
    StoreOptions options;
    options.cancel = &cancel;
    options.moveOriginatorAeTitle = getPeerAETitle().c_str();
    options.moveOriginatorMessageId = request.MessageID;
    options.progress = [&](const StoreProgress& p) {
        if (p.done < p.total && sendFailure.good()) {
            sendFailure = sendMOVEResponse(
                presId, request.MessageID, model, nullptr, STATUS_Pending, nullptr,
                static_cast<Uint16>(p.total - p.done), static_cast<Uint16>(p.succeeded),
                static_cast<Uint16>(p.failed), static_cast<Uint16>(p.warnings));
        }
        if (sendFailure.bad() || checkForCANCEL(presId, request.MessageID).good())
            cancel = true;
    };
    const StoreReport report = storeFiles(*destination, context_.options.aeTitle, files, options);
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
    return sendMOVEResponse(presId, request.MessageID, model, failedUidList(failedUids, holder),
                            final, nullptr, static_cast<Uint16>(remaining),
                            static_cast<Uint16>(completed), static_cast<Uint16>(failed),
                            static_cast<Uint16>(warning));
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
