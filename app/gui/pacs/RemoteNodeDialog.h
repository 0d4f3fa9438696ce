#pragma once

#include "net/common/RemoteNode.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pellucid {

// Add or edit one remote node: AE title, host, port, display name, retrieve method and
// timeouts, checked before it is accepted; "Echo" sends C-ECHO off the GUI thread with what is
// typed, before anything is saved.
class RemoteNodeDialog : public QDialog {
    Q_OBJECT
public:
    RemoteNodeDialog(const RemoteNode& initial, QString callingAeTitle, QWidget* parent = nullptr);

    // The node as typed, or nullopt and why it is not usable.
    std::optional<RemoteNode> node(QString* error) const;
    QString echoText() const;
    void accept() override;

public slots:
    void echoNode();

signals:
    void echoFinished(bool ok);

private:
    RemoteNode initial_;
    QString callingAeTitle_;
    QLineEdit* name_ = nullptr;
    QLineEdit* aeTitle_ = nullptr;
    QLineEdit* host_ = nullptr;
    QSpinBox* port_ = nullptr;
    QComboBox* method_ = nullptr;
    QSpinBox* connectTimeout_ = nullptr;
    QSpinBox* dimseTimeout_ = nullptr;
    QPushButton* echo_ = nullptr;
    QLabel* echoResult_ = nullptr;
    QLabel* error_ = nullptr;
};

} // namespace pellucid
