#pragma once

#include "net/RemoteNode.h"

#include <string>

class DcmSCU;

namespace pellucid {

// Applies a node's addressing, PDU size and timeouts to a DcmSCU, so that every SCU of ours
// (echo, find, get, move, store, commitment) connects the same way and no wait is unbounded.
void configureScu(DcmSCU& scu, const RemoteNode& node, const std::string& callingAeTitle);

// The transfer syntaxes we propose for a DIMSE command context (no bulk data): Explicit VR
// Little Endian first, Implicit VR Little Endian last (every peer takes it).
std::vector<std::string> commandTransferSyntaxes();

} // namespace pellucid
