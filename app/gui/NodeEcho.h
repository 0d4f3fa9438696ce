#pragma once

#include <QString>

class QWidget;

namespace pellucid {

// Network > Verify a Node: asks for a configured node (or AET@HOST:PORT), sends C-ECHO off the
// GUI thread and shows the answer. Nodes come from NodeDirectory; a typed one is offered to
// be remembered.
void verifyNodeInteractively(QWidget* parent, const QString& callingAeTitle);

} // namespace pellucid
