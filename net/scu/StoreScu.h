#pragma once

#include "net/common/FileSender.h"
#include "net/common/RemoteNode.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pellucid {

// C-STORE SCU: sends `files` to `node` as `callingAeTitle`. Reads each header first, proposes per
// SOP class the files' own syntaxes and Explicit/Implicit VR Little Endian (and lossless
// compressions for uncompressed files, node.preferredTransferSyntaxes first), each in its own
// context; one association unless more than 128 contexts are needed. A file goes out as it is
// when its syntax was accepted, else converted (decompressed, or compressed losslessly from an
// uncompressed file; lossy images are never re-compressed). Waits are bounded by the node's
// timeouts (configureScu). Its shape is FileSender's: the C-MOVE SCP is handed it.
StoreReport storeFiles(const RemoteNode& node, const std::string& callingAeTitle,
                       const std::vector<std::filesystem::path>& files,
                       const StoreOptions& options = {});

} // namespace pellucid
