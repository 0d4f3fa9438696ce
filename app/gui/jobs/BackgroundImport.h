#pragma once

#include "core/demo/PhantomSeries.h"
#include "core/import/Importer.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <optional>

namespace pellucid {

// Runs an import (optionally of a freshly generated demo series) off the GUI thread, with its
// own connection to the cache, and reports back through queued signals.
class BackgroundImport : public QObject {
    Q_OBJECT
public:
    BackgroundImport(std::filesystem::path cacheRoot, QObject* parent = nullptr);
    ~BackgroundImport() override;

    bool isRunning() const;
    void importPaths(const QStringList& paths);
    void generateDemo(const PhantomSpec& spec);
    void cancel();

signals:
    void progressed(const QString& text, int done, int total);
    void finished(const pellucid::ImportReport& report, const QString& failure);

private:
    void start(QStringList paths, std::optional<PhantomSpec> demo);

    std::filesystem::path cacheRoot_;
    std::atomic<bool> cancel_{false};
    // Cleared by the worker just before it reports: an import may start again from a slot
    // connected to finished() while the worker thread is still returning.
    std::atomic<bool> busy_{false};
    QFuture<void> running_;
};

} // namespace pellucid

Q_DECLARE_METATYPE(pellucid::ImportReport)
