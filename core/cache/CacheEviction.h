#pragma once

#include "core/cache/CacheRemoval.h"

#include <cstdint>
#include <set>
#include <string>

namespace pellucid {

class Cache;

// The size of every file the index knows, as recorded when it arrived.
std::uint64_t cacheSizeBytes(Cache& cache);

// Removes least recently used studies (last_accessed_at: arrival or touchStudy) until the
// files the index knows add up to at most `limitBytes`. Protected studies (open in a viewer)
// are never removed, so the cache may stay above the limit. Uses cache.index(): run it on the
// thread that opened `cache` (the GUI opens a Cache of its own on a worker thread).
// `error` is set when the index could not be read or changed; what was removed is returned.
RemovalReport evictToLimit(Cache& cache, std::uint64_t limitBytes,
                           const std::set<std::string>& protectedStudyUids,
                           std::string* error = nullptr);

} // namespace pellucid
