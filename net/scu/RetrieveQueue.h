#pragma once

#include "net/common/RemoteNode.h"
#include "net/scu/GetScu.h"
#include "net/scu/RetrieveRequest.h"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace pellucid {

enum class RetrieveJobState { Queued, Running, Done, Failed, Cancelled };
const char* retrieveJobStateName(RetrieveJobState state);

struct RetrieveJobStatus {
    RetrieveJobState state = RetrieveJobState::Queued;
    RetrieveProgress progress; // from the node's pending responses while Running
    RetrieveResult result;     // once Done, Failed or Cancelled
};

// Retrieve jobs for the GUI: one FIFO queue and one worker thread per node (a PACS is asked
// for one thing at a time, as most allow only a few associations per caller), several nodes in
// parallel. Each job uses its node's retrieve method: C-GET into `target` (thread-safe, e.g.
// intakeTarget() of the shared InstanceIntake), or C-MOVE to the request's calling AE title,
// whose Storage SCP (DicomServer) the caller runs.
class RetrieveQueue {
public:
    using JobId = std::uint64_t;
    // Called on the worker threads at every state change and progress report.
    using Observer = std::function<void(JobId, const RetrieveJobStatus&)>;

    explicit RetrieveQueue(ReceiveTarget target, Observer observer = {});
    ~RetrieveQueue(); // cancels what is queued and running, joins the workers (bounded by the
                      // nodes' timeouts)
    RetrieveQueue(const RetrieveQueue&) = delete;
    RetrieveQueue& operator=(const RetrieveQueue&) = delete;

    JobId enqueue(const RemoteNode& node, const RetrieveRequest& request);
    // A queued job is dropped; a running one gets C-CANCEL. False when unknown or finished.
    bool cancel(JobId id);
    RetrieveJobStatus status(JobId id) const;
    // Until the job has finished, at most `timeoutMs`; true when it has.
    bool waitFor(JobId id, int timeoutMs) const;

private:
    struct Job;
    struct Lane;
    void work(Lane& lane);
    void notify(const Job& job);

    ReceiveTarget target_;
    Observer observer_;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    bool stopping_ = false;
    JobId nextId_ = 1;
    std::map<JobId, std::shared_ptr<Job>> jobs_;
    std::map<std::string, std::unique_ptr<Lane>> lanes_; // by "AET@HOST:PORT"
};

} // namespace pellucid
