#pragma once

#include "net/scu/FindScu.h"

#include <QObject>

#include <memory>
#include <vector>

namespace pellucid {

// One C-FIND at a time on a pool thread, its matches handed to the GUI thread in batches (at
// most every 100 ms) while they arrive. Starting a new query cancels the one running; results
// of a cancelled or replaced query are never delivered.
class RemoteQuery : public QObject {
    Q_OBJECT
public:
    explicit RemoteQuery(QObject* parent = nullptr);
    ~RemoteQuery() override; // cancels; the pool thread ends by itself (bounded by timeouts)

    void start(const RemoteNode& node, const FindRequest& request);
    // Stops at once for the caller: finished() comes now, with `cancelled`, and nothing of
    // this query is delivered afterwards. On the pool thread the query sends C-CANCEL at the
    // next response, or ends at the node's timeout if it hangs before answering.
    void cancel();
    bool isRunning() const { return running_ != nullptr; }

signals:
    void matchesArrived(const std::vector<pellucid::FindMatch>& batch);
    // The outcome; `result.matches` is empty (they came through matchesArrived).
    void finished(const pellucid::FindResult& result);

private:
    struct Run;
    void drain(const std::shared_ptr<Run>& run);
    std::shared_ptr<Run> running_;
};

} // namespace pellucid
