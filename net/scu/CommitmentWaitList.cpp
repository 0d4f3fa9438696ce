#include "net/scu/CommitmentWaitList.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace pellucid {

std::optional<std::pair<std::string, CommitmentEvent>> parseCommitmentEvent(DcmDataset& info) {
    OFString transaction;
    if (info.findAndGetOFString(DCM_TransactionUID, transaction).bad() || transaction.empty())
        return std::nullopt;
    CommitmentEvent event;
    DcmSequenceOfItems* sequence = nullptr;
    if (info.findAndGetSequence(DCM_ReferencedSOPSequence, sequence).good() && sequence) {
        for (unsigned long i = 0; i < sequence->card(); ++i) {
            OFString uid;
            sequence->getItem(i)->findAndGetOFString(DCM_ReferencedSOPInstanceUID, uid);
            event.committed.emplace_back(uid.c_str());
        }
    }
    sequence = nullptr;
    if (info.findAndGetSequence(DCM_FailedSOPSequence, sequence).good() && sequence) {
        for (unsigned long i = 0; i < sequence->card(); ++i) {
            OFString uid;
            Uint16 reason = 0;
            sequence->getItem(i)->findAndGetOFString(DCM_ReferencedSOPInstanceUID, uid);
            sequence->getItem(i)->findAndGetUint16(DCM_FailureReason, reason);
            event.failed.emplace_back(uid.c_str(), reason);
        }
    }
    return std::make_pair(std::string(transaction.c_str()), std::move(event));
}

void CommitmentWaitList::expect(const std::string& transactionUid) {
    const std::lock_guard lock(mutex_);
    waiting_.emplace(transactionUid, std::nullopt);
}

void CommitmentWaitList::post(const std::string& transactionUid, CommitmentEvent event) {
    {
        const std::lock_guard lock(mutex_);
        const auto it = waiting_.find(transactionUid);
        if (it == waiting_.end())
            return;
        it->second = std::move(event);
    }
    arrived_.notify_all();
}

bool CommitmentWaitList::deliver(const std::string& /*callingAeTitle*/, unsigned /*eventTypeId*/,
                                 DcmDataset& eventInformation) {
    auto parsed = parseCommitmentEvent(eventInformation);
    if (!parsed)
        return false;
    {
        const std::lock_guard lock(mutex_);
        const auto it = waiting_.find(parsed->first);
        if (it == waiting_.end())
            return false; // nobody asked (or gave up waiting): the peer learns it
        it->second = std::move(parsed->second);
    }
    arrived_.notify_all();
    return true;
}

std::optional<CommitmentEvent>
CommitmentWaitList::waitFor(const std::string& transactionUid,
                            std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    arrived_.wait_until(lock, deadline, [&] {
        const auto it = waiting_.find(transactionUid);
        return it == waiting_.end() || it->second.has_value();
    });
    std::optional<CommitmentEvent> event;
    if (const auto it = waiting_.find(transactionUid); it != waiting_.end()) {
        event = std::move(it->second);
        waiting_.erase(it);
    }
    return event;
}

std::optional<CommitmentEvent> CommitmentWaitList::take(const std::string& transactionUid) {
    const std::lock_guard lock(mutex_);
    const auto it = waiting_.find(transactionUid);
    if (it == waiting_.end() || !it->second)
        return std::nullopt;
    auto event = std::move(it->second);
    waiting_.erase(it);
    return event;
}

} // namespace pellucid
