#pragma once

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>

class QSettings;

namespace pellucid {

class DicomServer;

// The workstation's DICOM server as a background service of the GUI: studies pushed by
// modalities and PACS arrive in the cache while the radiologist reads. Configured in the
// settings ("storage/enabled", "storage/aeTitle", "storage/port", "storage/allowedCallers",
// "storage/moveDestinations" as AET@HOST:PORT strings). Received images are announced through
// queued, coalesced signals so that a 1000-image push does not flood the GUI thread.
class StorageService : public QObject {
    Q_OBJECT
public:
    StorageService(std::filesystem::path cacheRoot, QObject* parent = nullptr);
    ~StorageService() override;

    // Starts (or restarts) with the current settings; false and statusText() says why.
    bool start(QSettings& settings);
    void stop();
    bool isRunning() const;
    QString statusText() const { return status_; }

signals:
    // At most every 500 ms while images arrive: how many were kept since the last signal.
    void instancesArrived(int stored, int failed);
    void statusChanged(const QString& text);

private:
    std::filesystem::path cacheRoot_;
    std::unique_ptr<DicomServer> server_;
    QString status_;
    struct Counter;
    std::shared_ptr<Counter> counter_;
};

} // namespace pellucid
