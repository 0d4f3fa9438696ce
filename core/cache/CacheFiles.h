#pragma once

#include "core/dicom/ImportProblem.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

class InputFile;
struct InstanceHeader;

// The DICOM files of the cache. A file enters in three steps so that a crash, a full disk or a
// killed process never leaves a half-written file where the index could point:
//   stage (copy to incoming/<unique>.part)  ->  sync (make the bytes durable)
//   ->  publish (rename into dicom/<study>/<series>/<instance>.dcm, then sync the names).
// Only then does the caller record the file in the index.
class CacheFiles {
public:
    explicit CacheFiles(std::filesystem::path root);

    // Creates the folders and removes staged files that a dead process left behind.
    bool prepare(std::string* error);

    const std::filesystem::path& root() const { return root_; }
    std::filesystem::path absolute(const std::string& relativePath) const;
    static std::string relativePathFor(const InstanceHeader& header);

    struct Staged {
        std::filesystem::path path;
        std::uint64_t size = 0;
    };
    // Copies `source` (read from its start) into a new staged file; on failure nothing is
    // left behind.
    std::variant<Staged, ImportProblem> stageCopy(const InputFile& source);
    // A fresh staged path for writers that produce the bytes themselves (DCMTK's saveFile).
    std::filesystem::path newStagedPath();
    std::variant<Staged, ImportProblem> adoptStaged(const std::filesystem::path& written,
                                                    const std::string& sourceForErrors);

    // Makes the contents of staged files durable (one filesystem sync on Linux).
    bool sync(const std::vector<std::filesystem::path>& files, std::string* error);

    enum class PublishResult { Published, AlreadyThere, Failed };
    // Moves a staged file to `relativePath` without replacing an existing file; AlreadyThere
    // leaves the staged file in place for the caller to decide (replace() or discard()).
    PublishResult publish(const std::filesystem::path& staged, const std::string& relativePath,
                          std::string* error);
    bool replace(const std::filesystem::path& staged, const std::string& relativePath,
                 std::string* error);
    void discard(const std::filesystem::path& staged);
    void remove(const std::string& relativePath);

    // Makes published names durable: the renames above are directory changes.
    bool syncNames(const std::vector<std::string>& relativePaths, std::string* error);
    // Contents and names of files published before they were synced (the network intake,
    // where an unindexed published file is never acknowledged): one flush where the platform
    // allows it.
    bool syncPublished(const std::vector<std::string>& relativePaths, std::string* error);

private:
    bool syncDirectoriesOf(const std::vector<std::string>& relativePaths, std::string* error) const;

    std::filesystem::path root_;
    std::filesystem::path incoming_;
};

} // namespace pellucid
