#pragma once

#include "core/cache/CacheFiles.h"
#include "core/dicom/InstanceHeader.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pellucid {

class CacheIndex;

// Admits instances that arrive one at a time from the network (a C-STORE from a modality or
// PACS, the storage sub-operations of our own C-GET) into the cache, with the same guarantees as
// an import: the receiver writes the dataset to a staged file, admit() reads its header, makes
// the bytes durable, publishes the file under its final name and records it in the index, and
// only then reports Stored — the moment a Storage SCP may answer success.
//
// Thread-safe: many associations share one intake. Concurrent admissions are committed together
// (one sync and one index transaction for all that are waiting), so 16 senders do not pay for
// 16 separate flushes.
class InstanceIntake {
public:
    // Opened by Cache::openIntake(), with its own index connection.
    ~InstanceIntake();
    InstanceIntake(const InstanceIntake&) = delete;
    InstanceIntake& operator=(const InstanceIntake&) = delete;

    const std::filesystem::path& cacheRoot() const;

    // A fresh path in the cache's incoming/ folder for the receiver to write to (same file
    // system as the cache, so publishing is a rename). Removed again if the process dies.
    std::filesystem::path newStagedPath();

    enum class Outcome {
        Stored,    // in the cache and the index, durable
        Duplicate, // its SOP Instance UID was already in the cache: nothing changed
        Rejected,  // not a usable DICOM instance (no UIDs, unparsable): "cannot understand"
        Failed,    // could not be kept (disk full, I/O or index error): "out of resources"
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        std::string detail; // why, for Rejected and Failed
        InstanceHeader header;
        std::string relativePath; // Stored: where it is, below the cache folder
    };

    // Takes the staged file written by the receiver (Part 10 with meta header). The staged file
    // is gone afterwards whatever the outcome. `source` is recorded with the instance, e.g.
    // "aet:MODALITY1". Blocks until the instance is committed or has failed.
    Result admit(const std::filesystem::path& staged, const std::string& source);

    // For instances we asked for ourselves (C-GET/C-MOVE retrieves), where the sender keeps its
    // copy and an early answer risks nothing: the header is checked now (Rejected at once), the
    // rest is published, synced and indexed in batches of up to 256, one sync per batch. The
    // result is Stored provisionally; flushBatched() commits what is left and returns the final
    // result of every batched admission since the last flush. A retrieve reports completion
    // only after that. Admissions are settled per thread: call flushBatched() on the thread that
    // admitted.
    Result admitBatched(const std::filesystem::path& staged, const std::string& source);
    std::vector<Result> flushBatched();

    // Whether the cache already holds this instance (a cheap check before receiving).
    bool contains(const std::string& sopInstanceUid);

private:
    friend class Cache;
    InstanceIntake(CacheFiles files, std::unique_ptr<CacheIndex> index);

    struct State;
    std::unique_ptr<State> state_;
};

const char* intakeOutcomeName(InstanceIntake::Outcome outcome); // "stored", "duplicate", ...

} // namespace pellucid
