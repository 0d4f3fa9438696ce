#pragma once

#include "net/common/CommitmentReportSink.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pellucid {

// The outcome a Storage Commitment N-EVENT-REPORT gives for its transaction.
struct CommitmentEvent {
    std::vector<std::string> committed;                        // SOP Instance UIDs
    std::vector<std::pair<std::string, std::uint16_t>> failed; // UID, Failure Reason (0008,1197)
};

// Parses an N-EVENT-REPORT's information (Transaction UID, Referenced and Failed SOP
// Sequences); nullopt when it names no transaction.
std::optional<std::pair<std::string, CommitmentEvent>> parseCommitmentEvent(DcmDataset& info);

// Requests waiting for their report, keyed by Transaction UID. The DicomServer delivers reports
// that peers send on a new association (its CommitmentReportSink); the SCU waits here.
class CommitmentWaitList : public CommitmentReportSink {
public:
    void expect(const std::string& transactionUid);
    // A report that arrived some other way (on the request's own association).
    void post(const std::string& transactionUid, CommitmentEvent event);
    // Blocks until the report comes or `deadline`; removes the request either way.
    std::optional<CommitmentEvent> waitFor(const std::string& transactionUid,
                                           std::chrono::steady_clock::time_point deadline);
    // Non-blocking: the report if it came.
    std::optional<CommitmentEvent> take(const std::string& transactionUid);

    bool deliver(const std::string& callingAeTitle, unsigned eventTypeId,
                 DcmDataset& eventInformation) override;

private:
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::map<std::string, std::optional<CommitmentEvent>> waiting_;
};

} // namespace pellucid
