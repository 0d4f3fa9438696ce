#include "net/scu/MoveScu.h"

#include "core/dicom/DcmtkSetup.h"
#include "net/scu/ScuAssociation.h"
#include "net/scu/ScuErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

namespace pellucid {

namespace {

// Streams the counts of pending C-MOVE responses and cancels when asked.
class ProgressMoveScu : public DcmSCU {
public:
    const std::atomic<bool>* cancel = nullptr;
    const RetrieveProgressCallback* progress = nullptr;
    bool cancelSent = false;
    bool finalReceived = false;
    Uint16 finalStatus = 0;
    RetrieveProgress counts;
    std::string failedList;

    OFCondition handleMOVEResponse(const T_ASC_PresentationContextID presID,
                                   RetrieveResponse* response,
                                   OFBool& waitForNextResponse) override {
        waitForNextResponse = OFFalse;
        if (!response)
            return DIMSE_NULLKEY;
        counts.remaining = response->m_numberOfRemainingSubops;
        counts.completed = response->m_numberOfCompletedSubops;
        counts.failed = response->m_numberOfFailedSubops;
        counts.warning = response->m_numberOfWarningSubops;
        if (response->m_dataset) {
            OFString list;
            if (response->m_dataset->findAndGetOFStringArray(DCM_FailedSOPInstanceUIDList, list)
                    .good())
                failedList = list.c_str();
        }
        if (progress && *progress)
            (*progress)(counts);
        if (DICOM_PENDING_STATUS(response->m_status)) {
            waitForNextResponse = OFTrue;
            if (cancel && cancel->load() && !cancelSent) {
                cancelSent = true;
                sendCANCELRequest(presID);
            }
            return EC_Normal;
        }
        finalReceived = true;
        finalStatus = response->m_status;
        return EC_Normal;
    }
};

} // namespace

RetrieveResult moveInstances(const RemoteNode& node, const RetrieveRequest& request,
                             const std::string& destinationAeTitle,
                             const RetrieveProgressCallback& progress,
                             const std::atomic<bool>* cancel) {
    RetrieveResult result;
    if (const std::string problem = ensureDcmtkReady(); !problem.empty()) {
        result.error = problem;
        return result;
    }
    if (const std::string problem = request.validate(); !problem.empty()) {
        result.error = problem;
        return result;
    }
    ProgressMoveScu scu;
    configureScu(scu, node, request.callingAeTitle);
    scu.cancel = cancel;
    scu.progress = &progress;
    proposeService(scu, UID_MOVEStudyRootQueryRetrieveInformationModel);
    const T_ASC_PresentationContextID presId =
        openForService(scu, node, UID_MOVEStudyRootQueryRetrieveInformationModel,
                       "C-MOVE (Study Root)", &result.error);
    if (presId == 0)
        return result;
    DcmDataset identifier;
    request.fillIdentifier(identifier);
    OFCondition cond =
        scu.sendMOVERequest(presId, destinationAeTitle.c_str(), &identifier, nullptr);
    result.counts = scu.counts;
    result.cancelled = scu.cancelSent;
    if (cond.bad() || !scu.finalReceived) {
        result.error = cond.bad() ? describeDimseFailure(cond) : "no final C-MOVE response";
        scu.abortAssociation();
        return result;
    }
    scu.releaseAssociation();
    result.status = scu.finalStatus;
    if (!scu.failedList.empty())
        result.failedInstances.push_back(scu.failedList);
    result.statusText =
        result.status == STATUS_Success ? "success"
        : result.status == STATUS_MOVE_Cancel_SubOperationsTerminatedDueToCancelIndication
            ? "cancel"
            : DU_cmoveStatusString(result.status);
    result.ok = !result.cancelled && result.status == STATUS_Success && result.counts.failed == 0;
    if (!result.ok)
        result.error = result.cancelled
                           ? "cancelled"
                           : "the node answered " + result.statusText + " (" +
                                 std::to_string(result.counts.failed) + " failed, " +
                                 std::to_string(result.counts.warning) + " with warnings)";
    return result;
}

} // namespace pellucid
