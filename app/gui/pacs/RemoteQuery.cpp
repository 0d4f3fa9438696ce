#include "app/gui/pacs/RemoteQuery.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <mutex>
#include <optional>

namespace pellucid {

// Shared by the pool thread and the GUI thread; outlives the RemoteQuery if need be.
struct RemoteQuery::Run {
    std::atomic<bool> cancel{false};
    std::mutex mutex;
    std::vector<FindMatch> pending;
    std::optional<FindResult> result;
    bool drainPosted = false;
};

RemoteQuery::RemoteQuery(QObject* parent)
    : QObject(parent) {}

RemoteQuery::~RemoteQuery() {
    if (running_)
        running_->cancel = true;
}

void RemoteQuery::cancel() {
    if (!running_)
        return;
    running_->cancel = true;
    running_.reset();
    FindResult stopped;
    stopped.ok = true;
    stopped.cancelled = true;
    stopped.statusText = "cancel";
    emit finished(stopped);
}

void RemoteQuery::start(const RemoteNode& node, const FindRequest& request) {
    if (running_)
        running_->cancel = true; // replaced: its finished() is not delivered
    auto run = std::make_shared<Run>();
    running_ = run;
    QPointer<RemoteQuery> self(this);
    // Posts one drain for everything that arrives within 100 ms, not one per match.
    auto post = [self, run] {
        {
            const std::lock_guard lock(run->mutex);
            if (run->drainPosted)
                return;
            run->drainPosted = true;
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, run] {
                QTimer::singleShot(100, self.data(), [self, run] {
                    if (self)
                        self->drain(run);
                });
            },
            Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([node, request, run, post] {
        FindResult result = find(node, request, [&](const FindMatch& match) {
            if (run->cancel)
                return false;
            {
                const std::lock_guard lock(run->mutex);
                run->pending.push_back(match);
            }
            post();
            return true;
        });
        result.matches.clear();
        {
            const std::lock_guard lock(run->mutex);
            run->result = std::move(result);
        }
        post();
    });
}

void RemoteQuery::drain(const std::shared_ptr<Run>& run) {
    std::vector<FindMatch> batch;
    std::optional<FindResult> result;
    {
        const std::lock_guard lock(run->mutex);
        run->drainPosted = false;
        batch.swap(run->pending);
        if (run->result)
            result = std::move(run->result);
        run->result.reset();
    }
    if (run != running_)
        return; // replaced by a newer query
    if (!batch.empty())
        emit matchesArrived(batch);
    if (result) {
        running_.reset();
        emit finished(*result);
    }
}

} // namespace pellucid
