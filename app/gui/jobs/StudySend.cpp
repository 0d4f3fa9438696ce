#include "app/gui/jobs/StudySend.h"

#include "net/common/NodeDirectory.h"
#include "net/scu/StoreScu.h"

#include <QMetaObject>
#include <QtConcurrent>

#include <map>

namespace pellucid {

StudySend::StudySend(QObject* parent)
    : QObject(parent) {}

StudySend::~StudySend() {
    cancel_ = true;
    running_.waitForFinished();
}

void StudySend::start(const RemoteNode& node, const QString& callingAeTitle,
                      std::vector<std::filesystem::path> files) {
    if (isRunning())
        return;
    cancel_ = false;
    const int total = static_cast<int>(files.size());
    running_ = QtConcurrent::run([this, node, aet = callingAeTitle.toStdString(),
                                  files = std::move(files), total] {
        StoreOptions options;
        options.cancel = &cancel_;
        options.progress = [this, total](const StoreProgress& p) {
            const int done = static_cast<int>(p.done);
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        };
        const StoreReport report = storeFiles(node, aet, files, options);
        int sent = 0, failed = 0;
        std::map<std::string, int> reasons; // why, how often: one line per distinct reason
        for (const StoreInstanceResult& r : report.instances) {
            if (r.outcome == StoreInstanceResult::Outcome::Success ||
                r.outcome == StoreInstanceResult::Outcome::Warning) {
                ++sent;
            } else {
                ++failed;
                ++reasons[r.error.empty() ? std::string("?") : r.error];
            }
        }
        const QString nodeName = QString::fromStdString(NodeDirectory::displayName(node));
        QString message =
            report.cancelled
                ? tr("Sending to %1 cancelled: %2 of %3 image(s) sent.")
                      .arg(nodeName)
                      .arg(sent)
                      .arg(total)
                : tr("%1 of %2 image(s) sent to %3.").arg(sent).arg(total).arg(nodeName);
        if (failed && !report.cancelled)
            message += QLatin1Char(' ') + tr("%1 failed.").arg(failed);
        if (!report.associationError.empty())
            message += QLatin1Char('\n') + QString::fromStdString(report.associationError);
        int shown = 0;
        for (const auto& [reason, count] : reasons) {
            if (++shown > 5 || reason == report.associationError)
                continue;
            message += QLatin1Char('\n') +
                       tr("%1 image(s): %2").arg(count).arg(QString::fromStdString(reason));
        }
        const bool cancelled = report.cancelled;
        QMetaObject::invokeMethod(
            this, [=, this] { emit finished(sent, failed, cancelled, message); },
            Qt::QueuedConnection);
    });
}

} // namespace pellucid
