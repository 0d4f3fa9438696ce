#pragma once

#include "app/gui/viewer/ViewportStateCapture.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <filesystem>

namespace pellucid {

// Writes a captured viewport state as a presentation state and stores it in the cache through
// the import (the cache's one write path), off the GUI thread: the referenced images are read,
// DCMTK's dcmpstat builds the state (core/pstate PresentationStateWriter), the file goes through
// a scratch folder into the cache. One save at a time.
class PresentationStateSave : public QObject {
    Q_OBJECT
public:
    explicit PresentationStateSave(std::filesystem::path cacheRoot, QObject* parent = nullptr);
    ~PresentationStateSave() override;

    bool isRunning() const { return running_.isRunning(); }
    void save(CapturedViewportState state);

signals:
    // `file`: the state as the cache now holds it; `error` empty on success.
    void finished(const QString& sopInstanceUid, const QString& file, const QString& error);

private:
    std::filesystem::path cacheRoot_;
    QFuture<void> running_;
};

} // namespace pellucid
