#pragma once

#include <string>

class DcmDataset;

namespace pellucid {

// Receives N-EVENT-REPORTs of the Storage Commitment Push Model that a peer sends on a new
// association to our server (net/scp/DicomServer). Implemented by the commitment SCU's wait
// list (net/scu/CommitmentWaitList); declared here so that neither side includes the other.
class CommitmentReportSink {
public:
    virtual ~CommitmentReportSink() = default;
    // Called on a server thread. `eventTypeId` 1 = all succeeded, 2 = failures exist.
    // Returns false when no request with that Transaction UID is waiting.
    virtual bool deliver(const std::string& callingAeTitle, unsigned eventTypeId,
                         DcmDataset& eventInformation) = 0;
};

} // namespace pellucid
