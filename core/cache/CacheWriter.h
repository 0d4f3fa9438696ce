#pragma once

#include "core/dicom/InstanceHeader.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pellucid {

class CacheFiles;
class CacheIndex;

// An instance on its way into the cache: its header is read and its bytes are in a staged file.
struct IncomingInstance {
    InstanceHeader header;
    std::filesystem::path staged;
    std::uint64_t size = 0;
    std::string source; // recorded with the instance: "import:<path>", "aet:<AE title>"
};

// The one way files enter the cache: a batch of staged files is checked for duplicates,
// synced, published under its final names, recorded in the index, and undone when a step fails.
// An instance is reported Stored only once its file is durable and the index commit that
// records it has returned, so nothing acknowledged is ever lost to a crash.
//
// Not thread-safe: use it on the thread that owns `index`.
class CacheWriter {
public:
    enum class Durability {
        // Staged bytes are synced before they get their final name, the names after: two
        // flushes per batch, and a published name never points at bytes a crash could lose.
        // For imports, whose batches are large and whose callers do not wait per file.
        SyncBeforePublish,
        // Names first, then one flush for bytes and names: a sender waits for every answer, so
        // one flush instead of two. Safe because an unindexed published file is never
        // acknowledged and a later copy of the same instance takes its place.
        SyncAfterPublish,
    };

    CacheWriter(CacheFiles& files, CacheIndex& index, Durability durability);

    enum class Outcome {
        Stored,      // durable and in the index
        Duplicate,   // its SOP Instance UID is already in the cache: nothing changed
        PlaceFailed, // its file could not be put under its final name
        SyncFailed,  // the bytes or names could not be made durable
        IndexFailed, // the index transaction failed
    };
    struct Written {
        Outcome outcome = Outcome::IndexFailed;
        std::string relativePath; // Stored: where it is, below the cache folder
        std::string error;        // why, for the failures
    };

    // Commits `batch` and returns one result per instance, in order. Every staged file is
    // gone afterwards, whatever its outcome.
    std::vector<Written> commit(const std::vector<IncomingInstance>& batch);

private:
    CacheFiles& files_;
    CacheIndex& index_;
    Durability durability_;
};

} // namespace pellucid
