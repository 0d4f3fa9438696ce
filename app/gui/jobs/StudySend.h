#pragma once

#include "net/common/RemoteNode.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <filesystem>
#include <vector>

namespace pellucid {

// Sends cached files to a node with C-STORE on a worker thread, with progress and cancel.
// finished() carries a message for the user: how many were sent, how many failed and why.
class StudySend : public QObject {
    Q_OBJECT
public:
    explicit StudySend(QObject* parent = nullptr);
    ~StudySend() override;

    bool isRunning() const { return running_.isRunning(); }
    void start(const RemoteNode& node, const QString& callingAeTitle,
               std::vector<std::filesystem::path> files);
    void cancel() { cancel_ = true; }

signals:
    void progressed(int done, int total);
    void finished(int sent, int failed, bool cancelled, const QString& message);

private:
    std::atomic<bool> cancel_{false};
    QFuture<void> running_;
};

} // namespace pellucid
