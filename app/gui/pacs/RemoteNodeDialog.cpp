#include "app/gui/pacs/RemoteNodeDialog.h"

#include "app/gui/pacs/NodeEcho.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pellucid {

RemoteNodeDialog::RemoteNodeDialog(const RemoteNode& initial, QString callingAeTitle,
                                   QWidget* parent)
    : QDialog(parent)
    , initial_(initial)
    , callingAeTitle_(std::move(callingAeTitle)) {
    setWindowTitle(initial.aeTitle.empty() ? tr("Add a DICOM Node") : tr("Edit a DICOM Node"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    name_ = new QLineEdit(QString::fromStdString(initial.name));
    name_->setObjectName(QStringLiteral("name"));
    name_->setPlaceholderText(tr("Shown in lists; the AE title when empty"));
    aeTitle_ = new QLineEdit(QString::fromStdString(initial.aeTitle));
    aeTitle_->setObjectName(QStringLiteral("aeTitle"));
    aeTitle_->setMaxLength(16);
    host_ = new QLineEdit(QString::fromStdString(initial.host));
    host_->setObjectName(QStringLiteral("host"));
    port_ = new QSpinBox;
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setValue(initial.port);
    method_ = new QComboBox;
    method_->setObjectName(QStringLiteral("method"));
    method_->addItem(tr("C-GET (images come back on the query connection)"),
                     static_cast<int>(RetrieveMethod::Get));
    method_->addItem(tr("C-MOVE (the node sends to our storage service)"),
                     static_cast<int>(RetrieveMethod::Move));
    method_->setCurrentIndex(initial.retrieveMethod == RetrieveMethod::Move ? 1 : 0);
    connectTimeout_ = new QSpinBox;
    connectTimeout_->setObjectName(QStringLiteral("connectTimeout"));
    connectTimeout_->setRange(1, 600);
    connectTimeout_->setSuffix(tr(" s"));
    connectTimeout_->setValue(initial.connectTimeoutSeconds);
    dimseTimeout_ = new QSpinBox;
    dimseTimeout_->setObjectName(QStringLiteral("dimseTimeout"));
    dimseTimeout_->setRange(1, 3600);
    dimseTimeout_->setSuffix(tr(" s"));
    dimseTimeout_->setValue(initial.dimseTimeoutSeconds);
    form->addRow(tr("Display name:"), name_);
    form->addRow(tr("AE title:"), aeTitle_);
    form->addRow(tr("Host:"), host_);
    form->addRow(tr("Port:"), port_);
    form->addRow(tr("Retrieve by:"), method_);
    form->addRow(tr("Connect timeout:"), connectTimeout_);
    form->addRow(tr("Response timeout:"), dimseTimeout_);
    layout->addLayout(form);

    auto* echoRow = new QHBoxLayout;
    echo_ = new QPushButton(tr("Echo"));
    echo_->setToolTip(tr("Send a C-ECHO to this node"));
    echoResult_ = new QLabel;
    echoResult_->setObjectName(QStringLiteral("echoResult"));
    echoResult_->setWordWrap(true);
    echoRow->addWidget(echo_);
    echoRow->addWidget(echoResult_, 1);
    layout->addLayout(echoRow);
    connect(echo_, &QPushButton::clicked, this, &RemoteNodeDialog::echoNode);

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("error"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteNodeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemoteNodeDialog::reject);
    layout->addWidget(buttons);
}

std::optional<RemoteNode> RemoteNodeDialog::node(QString* error) const {
    RemoteNode n = initial_;
    n.name = name_->text().trimmed().toStdString();
    n.aeTitle = aeTitle_->text().trimmed().toStdString();
    n.host = host_->text().trimmed().toStdString();
    n.port = port_->value();
    n.retrieveMethod = static_cast<RetrieveMethod>(method_->currentData().toInt());
    n.connectTimeoutSeconds = connectTimeout_->value();
    n.dimseTimeoutSeconds = dimseTimeout_->value();
    if (!isValidAeTitle(n.aeTitle)) {
        *error = tr("The AE title must be 1 to 16 characters, no backslash and not only spaces.");
        return std::nullopt;
    }
    if (n.host.empty()) {
        *error = tr("Give the node's host name or IP address.");
        return std::nullopt;
    }
    // The same check as a typed AET@HOST:PORT, so both ways of naming a node agree.
    std::string problem;
    if (!parseRemoteNode(formatRemoteNode(n), &problem)) {
        *error = tr("Not a usable address: %1").arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    return n;
}

QString RemoteNodeDialog::echoText() const {
    return echoResult_->text();
}

void RemoteNodeDialog::accept() {
    QString error;
    if (!node(&error)) {
        error_->setText(error);
        return;
    }
    QDialog::accept();
}

void RemoteNodeDialog::echoNode() {
    QString error;
    const auto target = node(&error);
    if (!target) {
        echoResult_->setText(error);
        emit echoFinished(false);
        return;
    }
    echo_->setEnabled(false);
    echoResult_->setText(tr("Sending C-ECHO…"));
    auto* watcher = new QFutureWatcher<EchoResult>(this);
    connect(watcher, &QFutureWatcher<EchoResult>::finished, this, [this, watcher, n = *target] {
        const EchoResult result = watcher->result();
        watcher->deleteLater();
        echo_->setEnabled(true);
        echoResult_->setText(describeEchoResult(n, result));
        emit echoFinished(result.ok);
    });
    watcher->setFuture(echoInBackground(*target, callingAeTitle_));
}

} // namespace pellucid
