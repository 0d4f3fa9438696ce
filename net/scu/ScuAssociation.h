#pragma once

#include "net/common/RemoteNode.h"

#include <string>

class DcmSCU;

namespace pellucid {

// Applies a node's addressing, PDU size and timeouts to a DcmSCU, so that every SCU of ours
// (echo, find, get, move, store, commitment) connects the same way and no wait is unbounded.
void configureScu(DcmSCU& scu, const RemoteNode& node, const std::string& callingAeTitle);

// Proposes a DIMSE service (verification, a Q/R model, storage commitment) in the command
// syntaxes (commandTransferSyntaxes).
void proposeService(DcmSCU& scu, const char* abstractSyntax);

// Opens the association and returns the accepted context of `abstractSyntax`. 0 and `error`
// (for people) when the node refuses the association, or does not offer `service`.
unsigned char openForService(DcmSCU& scu, const RemoteNode& node, const char* abstractSyntax,
                             const std::string& service, std::string* error);

} // namespace pellucid
