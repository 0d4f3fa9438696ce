#include "core/dicom/InputFile.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <mutex>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pellucid {

std::unique_ptr<InputFile> InputFile::open(const std::filesystem::path& path, std::string* error) {
#ifdef _WIN32
    const int fd = ::_wopen(path.c_str(), _O_RDONLY | _O_BINARY);
#else
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
#endif
    if (fd < 0) {
        *error = std::strerror(errno);
        return nullptr;
    }
#ifdef _WIN32
    struct _stat64 st {};
    const bool ok = ::_fstat64(fd, &st) == 0;
    const bool regular = ok && (st.st_mode & _S_IFREG);
#else
    struct stat st {};
    const bool ok = ::fstat(fd, &st) == 0;
    const bool regular = ok && S_ISREG(st.st_mode);
#endif
    if (!regular) {
        *error = ok ? "not a regular file" : std::strerror(errno);
#ifdef _WIN32
        ::_close(fd);
#else
        ::close(fd);
#endif
        return nullptr;
    }
    return std::unique_ptr<InputFile>(
        new InputFile(path, fd, static_cast<std::uint64_t>(st.st_size)));
}

InputFile::InputFile(std::filesystem::path path, int fd, std::uint64_t size)
    : path_(std::move(path))
    , fd_(fd)
    , size_(size) {}

InputFile::~InputFile() {
#ifdef _WIN32
    ::_close(fd_);
#else
    ::close(fd_);
#endif
}

long long InputFile::readAt(std::uint64_t offset, void* buffer, std::size_t n) const {
#ifdef _WIN32
    // No pread on Windows: seek and read under a lock, then put the offset back to 0.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (::_lseeki64(fd_, static_cast<long long>(offset), SEEK_SET) < 0)
        return -1;
    const int got = ::_read(fd_, buffer, static_cast<unsigned>(n));
    ::_lseeki64(fd_, 0, SEEK_SET);
    return got;
#else
    std::size_t done = 0;
    auto* out = static_cast<char*>(buffer);
    while (done < n) {
        const ssize_t got = ::pread(fd_, out + done, n - done, static_cast<off_t>(offset + done));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return static_cast<long long>(done);
#endif
}

} // namespace pellucid
