#pragma once

#include "net/scu/RetrieveQueue.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <vector>

namespace pellucid {

class InstanceIntake;

// One retrieve as the transfer queue shows it.
struct TransferJob {
    RetrieveQueue::JobId id = 0;
    QString node;        // display name
    QString description; // what is retrieved, for people
    QString studyInstanceUid;
    QString seriesInstanceUid; // empty: the whole study
    bool openWhenDone = false;
    RetrieveJobStatus status;
    bool finished() const {
        return status.state != RetrieveJobState::Queued &&
               status.state != RetrieveJobState::Running;
    }
};

// The GUI's retrieves: a RetrieveQueue whose C-GETs go into the cache through one shared
// InstanceIntake (C-MOVEs arrive through the storage service). The queue reports on its worker
// threads at every sub-operation; here those reports become at most ten jobChanged() per
// second in all, on the GUI thread, each carrying only the latest status.
class RetrieveJobs : public QObject {
    Q_OBJECT
public:
    explicit RetrieveJobs(std::filesystem::path cacheRoot, QObject* parent = nullptr);
    ~RetrieveJobs() override; // cancels running retrieves and waits for them (bounded)

    // Queues a retrieve; empty on success, else why it cannot run.
    QString enqueue(const RemoteNode& node, const RetrieveRequest& request,
                    const QString& description, bool openWhenDone = false,
                    RetrieveQueue::JobId* id = nullptr);
    bool cancel(RetrieveQueue::JobId id);
    void clearFinished();

    const std::vector<TransferJob>& jobs() const { return jobs_; }
    int rowOf(RetrieveQueue::JobId id) const;

signals:
    void jobAdded(int row);
    void jobChanged(int row);
    void jobsRemoved(); // rows changed: clear finished
    // Once per job, on the GUI thread, when it reaches Done, Failed or Cancelled.
    void jobFinished(const pellucid::TransferJob& job);

private:
    struct Reports;
    void deliverReports();

    std::filesystem::path cacheRoot_;
    QString intakeError_;
    std::shared_ptr<Reports> reports_;
    std::vector<TransferJob> jobs_;
    std::unique_ptr<InstanceIntake> intake_; // before queue_: the workers use it until joined
    std::unique_ptr<RetrieveQueue> queue_;
};

} // namespace pellucid
