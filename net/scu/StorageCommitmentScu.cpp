#include "net/scu/StorageCommitmentScu.h"

#include "net/scu/CommitmentWaitList.h"
#include "net/scu/ScuAssociation.h"
#include "net/scu/ScuErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scu.h>

#include <chrono>
#include <map>
#include <memory>

namespace pellucid {

namespace {

CommitmentWaitList& fallbackList() {
    static CommitmentWaitList list; // same-association reports only
    return list;
}

void fillResults(CommitmentReport& report, const CommitmentEvent& event) {
    report.answered = true;
    std::map<std::string, CommitmentInstanceResult*> byUid;
    for (auto& r : report.instances)
        byUid[r.sopInstanceUid] = &r;
    for (const auto& uid : event.committed)
        if (const auto it = byUid.find(uid); it != byUid.end())
            it->second->state = CommitmentInstanceResult::State::Committed;
    for (const auto& [uid, reason] : event.failed)
        if (const auto it = byUid.find(uid); it != byUid.end()) {
            it->second->state = CommitmentInstanceResult::State::Failed;
            it->second->failureReason = reason;
        }
}

} // namespace

CommitmentReport requestCommitment(const RemoteNode& node, const std::string& callingAeTitle,
                                   const std::vector<CommitmentRequestItem>& items,
                                   CommitmentWaitList* reports, int waitSeconds) {
    CommitmentReport report;
    for (const auto& item : items)
        report.instances.push_back(
            {item.sopInstanceUid, CommitmentInstanceResult::State::NoAnswer, 0});
    CommitmentWaitList& list = reports ? *reports : fallbackList();

    char uid[100];
    report.transactionUid = dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
    DcmDataset request;
    request.putAndInsertString(DCM_TransactionUID, report.transactionUid.c_str());
    for (const auto& item : items) {
        DcmItem* referenced = nullptr;
        request.findOrCreateSequenceItem(DCM_ReferencedSOPSequence, referenced, -2);
        if (referenced) {
            referenced->putAndInsertString(DCM_ReferencedSOPClassUID, item.sopClassUid.c_str());
            referenced->putAndInsertString(DCM_ReferencedSOPInstanceUID,
                                           item.sopInstanceUid.c_str());
        }
    }

    DcmSCU scu;
    configureScu(scu, node, callingAeTitle);
    proposeService(scu, UID_StorageCommitmentPushModelSOPClass);
    const T_ASC_PresentationContextID id = openForService(
        scu, node, UID_StorageCommitmentPushModelSOPClass, "storage commitment", &report.error);
    if (id == 0)
        return report;
    // Listen before asking: the report may come back before the N-ACTION response.
    list.expect(report.transactionUid);
    Uint16 status = 0;
    OFCondition cond =
        scu.sendACTIONRequest(id, UID_StorageCommitmentPushModelSOPInstance, 1, &request, status);
    if (cond.bad() || status != STATUS_Success) {
        report.error = cond.bad() ? "N-ACTION failed: " + describeDimseFailure(cond)
                                  : "the node refused the commitment request (status " +
                                        std::to_string(status) + ")";
        list.waitFor(report.transactionUid, std::chrono::steady_clock::now());
        scu.releaseAssociation();
        return report;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(waitSeconds);
    std::optional<CommitmentEvent> event;
    // Watch our association in one-second slices (a peer may answer on it) while the server
    // may deliver the report from another association.
    while (!event && std::chrono::steady_clock::now() < deadline && scu.isConnected()) {
        DcmDataset* received = nullptr;
        Uint16 eventType = 0;
        cond = scu.handleEVENTREPORTRequest(received, eventType, 1);
        std::unique_ptr<DcmDataset> owned(received);
        if (cond.good() && owned) {
            if (auto parsed = parseCommitmentEvent(*owned))
                list.post(parsed->first, std::move(parsed->second));
        } else if (cond.bad() && cond != DIMSE_NODATAAVAILABLE) {
            break; // the association is gone; the server may still deliver
        }
        event = list.take(report.transactionUid);
    }
    if (scu.isConnected())
        scu.releaseAssociation();
    if (!event)
        event = list.waitFor(report.transactionUid, deadline); // also forgets the request
    if (event)
        fillResults(report, *event);
    return report;
}

} // namespace pellucid
