#include "core/import/InputWalker.h"

namespace pellucid {
namespace fs = std::filesystem;

InputWalker::InputWalker(FileSink files, ProblemSink problems, const std::atomic<bool>* cancel)
    : files_(std::move(files))
    , problems_(std::move(problems))
    , cancel_(cancel) {}

void InputWalker::offer(const fs::path& file) {
    // The lexical absolute path, not the canonical one: resolving links costs a readlink per
    // path component per file, and a file reached through a link is only read twice, then
    // found to be a duplicate.
    std::error_code ec;
    fs::path key = fs::absolute(file, ec).lexically_normal();
    {
        std::lock_guard lock(seenMutex_);
        if (!seen_.insert(key).second)
            return;
    }
    files_(key);
}

void InputWalker::walk(const std::vector<fs::path>& inputs) {
    for (const fs::path& input : inputs) {
        if (cancelled())
            return;
        std::error_code ec;
        const auto status = fs::status(input, ec);
        if (ec || !fs::exists(status)) {
            problems_({ImportProblemKind::Unreadable, input.string(),
                       ec ? ec.message() : "no such file or folder"});
            continue;
        }
        if (!fs::is_directory(status)) {
            offer(input);
            continue;
        }
        fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied,
                                            ec);
        if (ec) {
            problems_({ImportProblemKind::Unreadable, input.string(), ec.message()});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                problems_({ImportProblemKind::Unreadable, input.string(), ec.message()});
                break;
            }
            if (cancelled())
                return;
            const fs::path& path = it->path();
            const std::string name = path.filename().string();
            if (!name.empty() && name.front() == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec))
                offer(path);
        }
    }
}

} // namespace pellucid
