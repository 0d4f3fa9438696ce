#include "net/scu/RetrieveQueue.h"

#include "net/scu/MoveScu.h"

#include <atomic>
#include <chrono>
#include <deque>
#include <thread>

namespace pellucid {

struct RetrieveQueue::Job {
    JobId id = 0;
    RemoteNode node;
    RetrieveRequest request;
    std::atomic<bool> cancel{false};
    RetrieveJobStatus status; // guarded by the queue's mutex
};

struct RetrieveQueue::Lane {
    std::deque<std::shared_ptr<Job>> pending;
    std::thread worker;
};

const char* retrieveJobStateName(RetrieveJobState state) {
    switch (state) {
    case RetrieveJobState::Queued:
        return "queued";
    case RetrieveJobState::Running:
        return "running";
    case RetrieveJobState::Done:
        return "done";
    case RetrieveJobState::Failed:
        return "failed";
    case RetrieveJobState::Cancelled:
        return "cancelled";
    }
    return "queued";
}

RetrieveQueue::RetrieveQueue(ReceiveTarget target, Observer observer)
    : target_(std::move(target))
    , observer_(std::move(observer)) {}

RetrieveQueue::~RetrieveQueue() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        for (auto& [id, job] : jobs_)
            job->cancel = true;
    }
    changed_.notify_all();
    for (auto& [key, lane] : lanes_)
        if (lane->worker.joinable())
            lane->worker.join();
}

RetrieveQueue::JobId RetrieveQueue::enqueue(const RemoteNode& node,
                                            const RetrieveRequest& request) {
    auto job = std::make_shared<Job>();
    job->node = node;
    job->request = request;
    {
        const std::lock_guard lock(mutex_);
        job->id = nextId_++;
        jobs_[job->id] = job;
        std::unique_ptr<Lane>& lane = lanes_[formatRemoteNode(node)];
        if (!lane) {
            lane = std::make_unique<Lane>();
            lane->pending.push_back(job);
            lane->worker = std::thread([this, raw = lane.get()] { work(*raw); });
        } else {
            lane->pending.push_back(job);
        }
    }
    changed_.notify_all();
    notify(*job);
    return job->id;
}

bool RetrieveQueue::cancel(JobId id) {
    std::shared_ptr<Job> job;
    {
        const std::lock_guard lock(mutex_);
        auto it = jobs_.find(id);
        if (it == jobs_.end())
            return false;
        job = it->second;
        const RetrieveJobState state = job->status.state;
        if (state != RetrieveJobState::Queued && state != RetrieveJobState::Running)
            return false;
        job->cancel = true;
        if (state == RetrieveJobState::Queued) {
            for (auto& [key, lane] : lanes_)
                std::erase(lane->pending, job);
            job->status.state = RetrieveJobState::Cancelled;
            job->status.result.cancelled = true;
            job->status.result.error = "cancelled before it started";
        }
    }
    changed_.notify_all();
    notify(*job);
    return true;
}

RetrieveJobStatus RetrieveQueue::status(JobId id) const {
    const std::lock_guard lock(mutex_);
    auto it = jobs_.find(id);
    return it == jobs_.end() ? RetrieveJobStatus{} : it->second->status;
}

bool RetrieveQueue::waitFor(JobId id, int timeoutMs) const {
    std::unique_lock lock(mutex_);
    auto it = jobs_.find(id);
    if (it == jobs_.end())
        return false;
    const Job& job = *it->second;
    return changed_.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        return job.status.state != RetrieveJobState::Queued &&
               job.status.state != RetrieveJobState::Running;
    });
}

void RetrieveQueue::notify(const Job& job) {
    if (!observer_)
        return;
    RetrieveJobStatus copy;
    {
        const std::lock_guard lock(mutex_);
        copy = job.status;
    }
    observer_(job.id, copy);
}

void RetrieveQueue::work(Lane& lane) {
    for (;;) {
        std::shared_ptr<Job> job;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stopping_ || !lane.pending.empty(); });
            if (stopping_)
                return;
            job = lane.pending.front();
            lane.pending.pop_front();
            job->status.state = RetrieveJobState::Running;
        }
        changed_.notify_all();
        notify(*job);
        const auto onProgress = [&](const RetrieveProgress& p) {
            {
                const std::lock_guard lock(mutex_);
                job->status.progress = p;
            }
            notify(*job);
        };
        RetrieveResult result =
            job->node.retrieveMethod == RetrieveMethod::Move
                ? moveInstances(job->node, job->request, job->request.callingAeTitle, onProgress,
                                &job->cancel)
                : getInstances(job->node, job->request, target_, onProgress, &job->cancel);
        {
            const std::lock_guard lock(mutex_);
            job->status.state = result.ok          ? RetrieveJobState::Done
                                : result.cancelled ? RetrieveJobState::Cancelled
                                                   : RetrieveJobState::Failed;
            job->status.result = std::move(result);
        }
        changed_.notify_all();
        notify(*job);
    }
}

} // namespace pellucid
