#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace pellucid {

// A file opened once for reading, so that sniffing, checking and copying it costs one open and
// one stat instead of one each: on a 10 000-file import those system calls add up.
class InputFile {
public:
    // nullptr and `error` set when the file cannot be opened or is not a regular file.
    static std::unique_ptr<InputFile> open(const std::filesystem::path& path, std::string* error);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::uint64_t size() const { return size_; }
    // Up to `n` bytes at `offset` (fewer at the end of the file); -1 on a read error. Does not
    // move the descriptor's own offset, which stays at 0 for copies.
    long long readAt(std::uint64_t offset, void* buffer, std::size_t n) const;
    int descriptor() const { return fd_; }

private:
    InputFile(std::filesystem::path path, int fd, std::uint64_t size);

    std::filesystem::path path_;
    int fd_;
    std::uint64_t size_;
};

} // namespace pellucid
