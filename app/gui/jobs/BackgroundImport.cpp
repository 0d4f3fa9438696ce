#include "app/gui/jobs/BackgroundImport.h"

#include "core/cache/Cache.h"

#include <QMetaObject>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace pellucid {

BackgroundImport::BackgroundImport(std::filesystem::path cacheRoot, QObject* parent)
    : QObject(parent)
    , cacheRoot_(std::move(cacheRoot)) {
    qRegisterMetaType<pellucid::ImportReport>();
}

BackgroundImport::~BackgroundImport() {
    cancel_ = true;
    running_.waitForFinished();
}

bool BackgroundImport::isRunning() const {
    return busy_;
}

void BackgroundImport::cancel() {
    cancel_ = true;
}

void BackgroundImport::importPaths(const QStringList& paths) {
    start(paths, std::nullopt);
}

void BackgroundImport::generateDemo(const PhantomSpec& spec) {
    start({}, spec);
}

void BackgroundImport::start(QStringList paths, std::optional<PhantomSpec> demo) {
    if (isRunning())
        return;
    running_.waitForFinished(); // at most the return of a worker that has reported
    cancel_ = false;
    busy_ = true;
    running_ = QtConcurrent::run([this, paths, demo] {
        auto emitProgress = [this](const QString& text, int done, int total) {
            QMetaObject::invokeMethod(
                this, [=, this] { emit progressed(text, done, total); }, Qt::QueuedConnection);
        };
        auto emitFinished = [this](const ImportReport& report, const QString& failure) {
            busy_ = false;
            QMetaObject::invokeMethod(
                this, [=, this] { emit finished(report, failure); }, Qt::QueuedConnection);
        };
        std::string error;
        auto cache = Cache::open(cacheRoot_, &error);
        if (!cache) {
            emitFinished({}, QString::fromStdString(error));
            return;
        }
        std::vector<std::filesystem::path> inputs;
        for (const QString& p : paths)
            inputs.emplace_back(p.toStdU16String());
        QTemporaryDir scratch;
        if (demo) {
            const std::filesystem::path folder(scratch.path().toStdU16String());
            error = writePhantomSeries(
                folder, *demo,
                [&](int done, int total) {
                    emitProgress(tr("Generating the demo study…"), done, total);
                },
                &cancel_);
            if (!error.empty()) {
                emitFinished({}, QString::fromStdString(error));
                return;
            }
            inputs.push_back(folder);
        }
        const ImportReport report = Importer(*cache).run(
            inputs,
            [&](const ImportProgress& p) {
                emitProgress(tr("Importing: %1 imported, %2 duplicates, %3 rejected")
                                 .arg(p.imported)
                                 .arg(p.duplicates)
                                 .arg(p.rejected),
                             static_cast<int>(p.processed),
                             p.walkDone ? static_cast<int>(p.found) : 0);
            },
            &cancel_);
        emitFinished(report, {});
    });
}

} // namespace pellucid
