#pragma once

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <filesystem>
#include <set>
#include <string>

namespace pellucid {

// Keeps the cache within the size limit the user set (QSettings "cache/sizeLimitMB", 0 or
// absent: no limit) by evicting least recently used studies on a worker thread.
class BackgroundEviction : public QObject {
    Q_OBJECT
public:
    BackgroundEviction(std::filesystem::path cacheRoot, QObject* parent = nullptr);
    ~BackgroundEviction() override;

    static std::uint64_t limitBytesFromSettings();
    // Starts an eviction when a limit is set; an eviction already running is not doubled.
    void runIfLimited(const std::set<std::string>& protectedStudyUids);
    void run(std::uint64_t limitBytes, const std::set<std::string>& protectedStudyUids);
    bool isRunning() const { return running_.isRunning(); }

signals:
    void finished(const QStringList& removedStudyUids, qulonglong freedBytes, const QString& error);

private:
    std::filesystem::path cacheRoot_;
    QFuture<void> running_;
};

} // namespace pellucid
