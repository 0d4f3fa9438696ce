#pragma once

#include "net/common/RemoteNode.h"

#include <string>
#include <vector>

namespace pellucid {

// Every transfer-syntax list of our DIMSE services, client and server side, so that what we
// propose and what we accept are decided in one place.

// For a DIMSE command context (no bulk data): Explicit VR Little Endian first, Implicit VR
// Little Endian last (every peer takes it).
std::vector<std::string> commandTransferSyntaxes();

// What our Storage SCP accepts, in our order of preference: lossless compressed first (smaller
// and exact), then uncompressed, then lossy ones (kept as they were made, never refused: a lossy
// image is still the only copy the sender has of it).
std::vector<std::string> acceptedStorageTransferSyntaxes();

// What a C-GET proposes for each storage SOP class: the node's preferred ones, then the lossless
// compressed ones, then Explicit and Implicit VR Little Endian.
std::vector<std::string> retrieveTransferSyntaxes(const RemoteNode& node);

// Explicit VR Little Endian, Implicit VR Little Endian, Explicit VR Big Endian: the order in
// which a file goes out uncompressed when its own syntax was not accepted.
const std::vector<std::string>& uncompressedTransferSyntaxes();
bool isUncompressedTransferSyntax(const std::string& syntax);

// The compressions DCMTK encodes losslessly with the codecs we register (ensureStoreEncoders).
const std::vector<std::string>& losslessEncodableTransferSyntaxes();

} // namespace pellucid
