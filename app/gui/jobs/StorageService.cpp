#include "app/gui/jobs/StorageService.h"

#include "net/scp/DicomServer.h"
#include "net/scu/StoreScu.h"

#include <QMetaObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <atomic>

namespace pellucid {

// Counted on server threads, reported on the GUI thread.
struct StorageService::Counter {
    std::atomic<int> stored{0};
    std::atomic<int> failed{0};
    std::atomic<bool> reportPending{false};
};

StorageService::StorageService(std::filesystem::path cacheRoot, QObject* parent)
    : QObject(parent)
    , cacheRoot_(std::move(cacheRoot))
    , counter_(std::make_shared<Counter>()) {}

StorageService::~StorageService() {
    stop();
}

bool StorageService::isRunning() const {
    return server_ != nullptr;
}

void StorageService::stop() {
    server_.reset();
}

bool StorageService::start(QSettings& settings) {
    stop();
    if (!settings.value(QStringLiteral("storage/enabled"), true).toBool()) {
        status_ = tr("DICOM storage service off");
        emit statusChanged(status_);
        return true;
    }
    DicomServerOptions options;
    options.cacheRoot = cacheRoot_;
    options.aeTitle = settings.value(QStringLiteral("storage/aeTitle"), QStringLiteral("PELLUCID"))
                          .toString()
                          .toStdString();
    options.port = settings.value(QStringLiteral("storage/port"), 11112).toInt();
    for (const QString& ae :
         settings.value(QStringLiteral("storage/allowedCallers")).toStringList())
        options.allowedCallingAeTitles.push_back(ae.toStdString());
    for (const QString& text :
         settings.value(QStringLiteral("storage/moveDestinations")).toStringList()) {
        std::string ignored;
        if (auto node = parseRemoteNode(text.toStdString(), &ignored))
            options.moveDestinations.push_back(*node);
    }
    options.sendFiles = storeFiles; // C-MOVE sub-operations

    QPointer<StorageService> self(this);
    std::shared_ptr<Counter> counter = counter_;
    auto observer = [self, counter](const ReceivedInstance& received) {
        (received.failed ? counter->failed : counter->stored)++;
        if (counter->reportPending.exchange(true))
            return;
        // One report per 500 ms at most, delivered on the GUI thread.
        QMetaObject::invokeMethod(
            self.data(),
            [self, counter] {
                QTimer::singleShot(500, self.data(), [self, counter] {
                    counter->reportPending = false;
                    const int stored = counter->stored.exchange(0);
                    const int failed = counter->failed.exchange(0);
                    if (self && (stored || failed))
                        emit self->instancesArrived(stored, failed);
                });
            },
            Qt::QueuedConnection);
    };
    std::string error;
    server_ = DicomServer::start(options, &error, observer);
    if (!server_) {
        status_ = tr("DICOM storage service not running: %1").arg(QString::fromStdString(error));
        emit statusChanged(status_);
        return false;
    }
    status_ = tr("Receiving as %1 on port %2")
                  .arg(QString::fromStdString(options.aeTitle))
                  .arg(server_->port());
    emit statusChanged(status_);
    return true;
}

} // namespace pellucid
