#pragma once

#include "net/common/RemoteNode.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pellucid {

// The vocabulary of a C-STORE send, shared by the Storage SCU that performs it
// (net/scu/StoreScu) and the C-MOVE SCP that has its sub-operations performed
// (net/scp/DicomServer), which is handed the send as a FileSender.

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

// Sends `files` to `node` as `callingAeTitle` (storeFiles of net/scu/StoreScu.h).
using FileSender = std::function<StoreReport(
    const RemoteNode& node, const std::string& callingAeTitle,
    const std::vector<std::filesystem::path>& files, const StoreOptions& options)>;

} // namespace pellucid
