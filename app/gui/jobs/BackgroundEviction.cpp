#include "app/gui/jobs/BackgroundEviction.h"

#include "core/cache/Cache.h"
#include "core/cache/CacheEviction.h"

#include <QSettings>
#include <QtConcurrent>

namespace pellucid {

BackgroundEviction::BackgroundEviction(std::filesystem::path cacheRoot, QObject* parent)
    : QObject(parent)
    , cacheRoot_(std::move(cacheRoot)) {}

BackgroundEviction::~BackgroundEviction() {
    running_.waitForFinished();
}

std::uint64_t BackgroundEviction::limitBytesFromSettings() {
    const long long mb = QSettings().value(QStringLiteral("cache/sizeLimitMB"), 0).toLongLong();
    return mb > 0 ? static_cast<std::uint64_t>(mb) * 1024 * 1024 : 0;
}

void BackgroundEviction::runIfLimited(const std::set<std::string>& protectedStudyUids) {
    if (const std::uint64_t limit = limitBytesFromSettings())
        run(limit, protectedStudyUids);
}

void BackgroundEviction::run(std::uint64_t limitBytes,
                             const std::set<std::string>& protectedStudyUids) {
    if (isRunning())
        return;
    running_ = QtConcurrent::run([this, limitBytes, protectedStudyUids] {
        std::string error;
        QStringList removed;
        qulonglong freed = 0;
        if (auto cache = Cache::open(cacheRoot_, &error)) {
            const RemovalReport report =
                evictToLimit(*cache, limitBytes, protectedStudyUids, &error);
            for (const std::string& uid : report.studyInstanceUids)
                removed << QString::fromStdString(uid);
            freed = report.bytes;
        }
        const QString why = QString::fromStdString(error);
        QMetaObject::invokeMethod(
            this, [=, this] { emit finished(removed, freed, why); }, Qt::QueuedConnection);
    });
}

} // namespace pellucid
