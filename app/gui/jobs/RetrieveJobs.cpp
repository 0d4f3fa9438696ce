#include "app/gui/jobs/RetrieveJobs.h"

#include "core/cache/Cache.h"
#include "core/cache/InstanceIntake.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <mutex>
#include <set>

namespace pellucid {

// Which jobs changed since the last delivery, marked on the worker threads.
struct RetrieveJobs::Reports {
    std::mutex mutex;
    std::set<RetrieveQueue::JobId> dirty;
    bool posted = false;
};

RetrieveJobs::RetrieveJobs(std::filesystem::path cacheRoot, QObject* parent)
    : QObject(parent)
    , cacheRoot_(std::move(cacheRoot))
    , reports_(std::make_shared<Reports>()) {
    std::string error;
    if (const auto cache = Cache::open(cacheRoot_, &error))
        intake_ = cache->openIntake(&error);
    if (!intake_)
        intakeError_ =
            tr("the cache cannot take retrieved images: %1").arg(QString::fromStdString(error));
    QPointer<RetrieveJobs> self(this);
    std::shared_ptr<Reports> reports = reports_;
    auto observer = [self, reports](RetrieveQueue::JobId id, const RetrieveJobStatus&) {
        {
            const std::lock_guard lock(reports->mutex);
            reports->dirty.insert(id);
            if (reports->posted)
                return;
            reports->posted = true;
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                QTimer::singleShot(100, self.data(), [self] {
                    if (self)
                        self->deliverReports();
                });
            },
            Qt::QueuedConnection);
    };
    ReceiveTarget target;
    if (intake_)
        target = intakeTarget(*intake_);
    queue_ = std::make_unique<RetrieveQueue>(std::move(target), observer);
}

RetrieveJobs::~RetrieveJobs() {
    queue_.reset();
}

QString RetrieveJobs::enqueue(const RemoteNode& node, const RetrieveRequest& request,
                              const QString& description, bool openWhenDone,
                              RetrieveQueue::JobId* id) {
    if (const std::string problem = request.validate(); !problem.empty())
        return QString::fromStdString(problem);
    if (node.retrieveMethod == RetrieveMethod::Get && !intake_)
        return intakeError_;
    TransferJob job;
    job.node = QString::fromStdString(node.name.empty() ? node.aeTitle : node.name);
    job.description = description;
    job.studyInstanceUid = QString::fromStdString(request.studyInstanceUid);
    job.seriesInstanceUid = QString::fromStdString(request.seriesInstanceUid);
    job.openWhenDone = openWhenDone;
    // Its status stays Queued until the first report is delivered, so that a job failing at
    // once still passes through jobFinished().
    job.id = queue_->enqueue(node, request);
    jobs_.push_back(job);
    if (id)
        *id = job.id;
    emit jobAdded(static_cast<int>(jobs_.size()) - 1);
    return {};
}

bool RetrieveJobs::cancel(RetrieveQueue::JobId id) {
    return queue_->cancel(id);
}

int RetrieveJobs::rowOf(RetrieveQueue::JobId id) const {
    for (std::size_t i = 0; i < jobs_.size(); ++i)
        if (jobs_[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void RetrieveJobs::clearFinished() {
    const auto removed = std::erase_if(jobs_, [](const TransferJob& j) { return j.finished(); });
    if (removed)
        emit jobsRemoved();
}

void RetrieveJobs::deliverReports() {
    std::set<RetrieveQueue::JobId> dirty;
    {
        const std::lock_guard lock(reports_->mutex);
        reports_->posted = false;
        dirty.swap(reports_->dirty);
    }
    // The queue's own status, not the one the report carried: reports from different threads
    // may arrive out of order, the queue's status is always the latest.
    for (const RetrieveQueue::JobId id : dirty) {
        const int row = rowOf(id);
        if (row < 0)
            continue; // not added yet (its first report comes from enqueue) or cleared
        TransferJob& job = jobs_[static_cast<std::size_t>(row)];
        const bool wasFinished = job.finished();
        job.status = queue_->status(id);
        emit jobChanged(row);
        if (!wasFinished && job.finished())
            emit jobFinished(job);
    }
}

} // namespace pellucid
