#pragma once

#include "net/common/RemoteNode.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pellucid {

// What became of one file of a send.
struct StoreInstanceResult {
    enum class Outcome { Success, Warning, Failed, NotSent };
    std::filesystem::path file;
    std::string sopClassUid, sopInstanceUid;
    std::string fileTransferSyntax; // as stored
    std::string sentTransferSyntax; // on the wire; empty when not sent
    Outcome outcome = Outcome::NotSent;
    std::uint16_t status = 0; // the node's C-STORE status (0x0000, 0xB000, 0xA700...), when sent
    std::string error;        // why it failed or was not sent; the warning's meaning
};

struct StoreProgress {
    std::size_t done = 0, total = 0;
    std::size_t succeeded = 0, warnings = 0, failed = 0; // of `done`; not sent counts as failed
    std::uintmax_t bytes = 0;                            // file bytes of the instances done so far
};

struct StoreOptions {
    std::function<void(const StoreProgress&)> progress; // after every instance, on our thread
    const std::atomic<bool>* cancel = nullptr; // checked between instances; then we release
    // Sub-operations of a C-MOVE we serve: who asked, carried in every C-STORE (PS3.7 9.1.1).
    std::string moveOriginatorAeTitle;
    std::uint16_t moveOriginatorMessageId = 0;
};

struct StoreReport {
    std::vector<StoreInstanceResult> instances; // one per input file, in input order
    bool cancelled = false;
    std::string associationError; // the first association that failed, if any
};

// C-STORE SCU: sends `files` to `node` as `callingAeTitle`. Reads each header first, proposes per
// SOP class the files' own syntaxes and Explicit/Implicit VR Little Endian (and lossless
// compressions for uncompressed files, node.preferredTransferSyntaxes first), each in its own
// context; one association unless more than 128 contexts are needed. A file goes out as it is
// when its syntax was accepted, else converted (decompressed, or compressed losslessly from an
// uncompressed file; lossy images are never re-compressed). Waits are bounded by the node's
// timeouts (configureScu).
StoreReport storeFiles(const RemoteNode& node, const std::string& callingAeTitle,
                       const std::vector<std::filesystem::path>& files,
                       const StoreOptions& options = {});

} // namespace pellucid
