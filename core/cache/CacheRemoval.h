#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace pellucid {

class Cache;

// What a removal took out of the cache.
struct RemovalReport {
    std::vector<std::string> studyInstanceUids;  // studies that are gone entirely
    std::vector<std::string> seriesInstanceUids; // series that are gone (of those studies too)
    std::size_t instances = 0;
    std::uint64_t bytes = 0;             // file sizes as the index recorded them
    std::vector<std::string> fileErrors; // files the index no longer knows but that stayed
};

// Removes studies (or series) from the cache: the index rows go in one transaction, with the
// series, study and patient counts adjusted and patients without studies removed; only after
// the commit are the files deleted. A crash in between leaves orphan files (removeOrphanFiles
// cleans them up), never an index row pointing at a missing file. Unknown UIDs are ignored.
// Uses cache.index(): call it on the thread that opened `cache`.
bool removeStudies(Cache& cache, const std::vector<std::string>& studyInstanceUids,
                   RemovalReport* report, std::string* error);
bool removeSeries(Cache& cache, const std::vector<std::string>& seriesInstanceUids,
                  RemovalReport* report, std::string* error);

// Deletes files below dicom/ that the index does not know, last modified at least `minimumAge`
// ago (the network intake publishes a file shortly before it indexes it). Returns how many
// were deleted; `error` tells the first one that could not be.
std::size_t removeOrphanFiles(Cache& cache, std::chrono::seconds minimumAge, std::string* error);

} // namespace pellucid
