#pragma once

#include "core/dicom/ImportProblem.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pellucid {

class Cache;

struct ImportProgress {
    std::size_t found = 0;     // files to look at, so far (grows while folders are walked)
    std::size_t processed = 0; // files looked at: imported + duplicates + rejected
    std::size_t imported = 0;
    std::size_t duplicates = 0;
    std::size_t rejected = 0;
    std::uint64_t bytes = 0; // bytes copied into the cache
    bool walkDone = false;
};

struct ImportReport {
    std::size_t imported = 0;
    std::size_t duplicates = 0;
    std::size_t dicomdirs = 0; // DICOMDIRs followed (they are read, not imported)
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> warnings; // imported, but not quite right (kind: what it is like)
    std::vector<std::string> studyInstanceUids; // studies that received new instances
    bool cancelled = false;
    double seconds = 0;
};

struct ImportOptions {
    int workers = 0;             // 0: one per hardware thread, at least 2
    std::size_t batchSize = 512; // instances per index transaction (and per filesystem sync)
    int maxBatchMilliseconds = 250;
};

// Copies DICOM files into the cache and indexes them. Headers are parsed in parallel (stopping
// before Pixel Data), files are staged, synced and renamed into place, then recorded in batched
// transactions: an instance is in the index only once its file is complete on disk.
class Importer {
public:
    using ProgressCallback = std::function<void(const ImportProgress&)>;

    explicit Importer(Cache& cache, ImportOptions options = {});

    // Runs on the calling thread (which must be the one that opened `cache`) plus workers.
    // `progress` is called from the calling thread; `cancel` may be set from anywhere.
    ImportReport run(const std::vector<std::filesystem::path>& inputs,
                     const ProgressCallback& progress = {},
                     const std::atomic<bool>* cancel = nullptr);

private:
    Cache& cache_;
    ImportOptions options_;
};

} // namespace pellucid
