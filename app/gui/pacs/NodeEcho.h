#pragma once

#include "net/scu/EchoScu.h"

#include <QFuture>
#include <QString>

class QWidget;

namespace pellucid {

// C-ECHO to `node` on a pool thread, bounded by the node's connect timeout.
QFuture<EchoResult> echoInBackground(const RemoteNode& node, const QString& callingAeTitle);
// The answer in words: "AET@HOST:PORT answered in 3.2 ms." or why it did not.
QString describeEchoResult(const RemoteNode& node, const EchoResult& result);

// Network > Verify a Node: asks for a configured node (or AET@HOST:PORT), sends C-ECHO off the
// GUI thread and shows the answer. Nodes come from NodeDirectory; a typed one is offered to
// be remembered.
void verifyNodeInteractively(QWidget* parent, const QString& callingAeTitle);

} // namespace pellucid
