#include "app/gui/pacs/NodeEcho.h"

#include "net/common/NodeDirectory.h"
#include "net/scu/EchoScu.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

namespace pellucid {

QFuture<EchoResult> echoInBackground(const RemoteNode& node, const QString& callingAeTitle) {
    return QtConcurrent::run([target = node, ae = callingAeTitle.toStdString()] {
        return echo(target, ae, target.connectTimeoutSeconds);
    });
}

QString describeEchoResult(const RemoteNode& node, const EchoResult& result) {
    const QString address = QString::fromStdString(formatRemoteNode(node));
    if (result.ok)
        return QApplication::translate("NodeEcho", "%1 answered in %2 ms.")
            .arg(address)
            .arg(result.milliseconds, 0, 'f', 1);
    return QApplication::translate("NodeEcho", "%1 did not answer: %2")
        .arg(address, QString::fromStdString(result.error));
}

void verifyNodeInteractively(QWidget* parent, const QString& callingAeTitle) {
    NodeDirectory directory;
    QStringList choices;
    for (const RemoteNode& node : directory.list())
        choices << QString::fromStdString(NodeDirectory::displayName(node) + "  (" +
                                          formatRemoteNode(node) + ")");
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QApplication::translate("NodeEcho", "Verify a DICOM Node"),
        QApplication::translate("NodeEcho", "Node (a configured one, or AET@HOST:PORT):"), choices,
        0, true, &ok);
    if (!ok || chosen.trimmed().isEmpty())
        return;
    std::optional<RemoteNode> node;
    const int index = choices.indexOf(chosen);
    if (index >= 0) {
        node = directory.list()[static_cast<std::size_t>(index)];
    } else {
        std::string error;
        node = parseRemoteNode(chosen.trimmed().toStdString(), &error);
        if (!node) {
            QMessageBox::warning(parent, QApplication::translate("NodeEcho", "Verify a DICOM Node"),
                                 QString::fromStdString(error));
            return;
        }
    }
    auto* progress =
        new QProgressDialog(QApplication::translate("NodeEcho", "Sending C-ECHO to %1…")
                                .arg(QString::fromStdString(formatRemoteNode(*node))),
                            QString(), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->show();
    auto* watcher = new QFutureWatcher<EchoResult>(parent);
    QObject::connect(watcher, &QFutureWatcher<EchoResult>::finished, parent,
                     [watcher, progress, parent, target = *node] {
                         progress->deleteLater();
                         const EchoResult result = watcher->result();
                         watcher->deleteLater();
                         const QString text = describeEchoResult(target, result);
                         const QString title =
                             QApplication::translate("NodeEcho", "Verify a DICOM Node");
                         if (result.ok)
                             QMessageBox::information(parent, title, text);
                         else
                             QMessageBox::warning(parent, title, text);
                     });
    watcher->setFuture(echoInBackground(*node, callingAeTitle));
}

} // namespace pellucid
