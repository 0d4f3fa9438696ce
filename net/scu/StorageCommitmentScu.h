#pragma once

#include "net/common/RemoteNode.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pellucid {

class CommitmentWaitList;

struct CommitmentRequestItem {
    std::string sopClassUid, sopInstanceUid;
};

struct CommitmentInstanceResult {
    enum class State { Committed, Failed, NoAnswer };
    std::string sopInstanceUid;
    State state = State::NoAnswer;
    std::uint16_t failureReason = 0; // (0008,1197) when Failed
};

struct CommitmentReport {
    std::string transactionUid;
    bool answered = false; // an N-EVENT-REPORT for the transaction came in time
    std::vector<CommitmentInstanceResult> instances; // in request order
    std::string error;                               // association or N-ACTION failure
};

// Storage Commitment Push Model SCU: N-ACTION (type 1) with a new Transaction UID and the
// Referenced SOP Sequence of `items`, then waits up to `waitSeconds` for the N-EVENT-REPORT —
// on the same association, or on a new one to our DicomServer whose CommitmentReportSink is
// `reports` (may be null: then only the same association is watched).
CommitmentReport requestCommitment(const RemoteNode& node, const std::string& callingAeTitle,
                                   const std::vector<CommitmentRequestItem>& items,
                                   CommitmentWaitList* reports, int waitSeconds);

} // namespace pellucid
