#pragma once

#include "core/dicom/ImportProblem.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <vector>

namespace pellucid {

// Turns what the user named (files, folders, DICOMDIRs) into the files to read, each once:
// folders recursively (hidden entries and symbolic links to folders skipped, so a link loop
// cannot trap the walk), the same file reached twice (by a folder and by a DICOMDIR) only once.
class InputWalker {
public:
    using FileSink = std::function<void(const std::filesystem::path&)>;
    using ProblemSink = std::function<void(ImportProblem)>;

    InputWalker(FileSink files, ProblemSink problems, const std::atomic<bool>* cancel);

    void walk(const std::vector<std::filesystem::path>& inputs);
    // Also called from readers of DICOMDIRs found on the way; thread-safe.
    void offer(const std::filesystem::path& file);

private:
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }

    FileSink files_;
    ProblemSink problems_;
    const std::atomic<bool>* cancel_;
    std::mutex seenMutex_;
    std::set<std::filesystem::path> seen_;
};

} // namespace pellucid
