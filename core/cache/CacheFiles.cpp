#include "core/cache/CacheFiles.h"

#include "core/dicom/InputFile.h"
#include "core/dicom/InstanceHeader.h"

#include <QCryptographicHash>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <set>

#ifdef _WIN32
#include <io.h>
#include <process.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pellucid {
namespace fs = std::filesystem;
namespace {

std::string hexDigest(const std::string& uid, int bytes) {
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray::fromStdString(uid), QCryptographicHash::Sha1);
    return digest.left(bytes).toHex().toStdString();
}

long long processId() {
#ifdef _WIN32
    static const long long pid = _getpid();
#else
    static const long long pid = static_cast<long long>(getpid());
#endif
    return pid;
}

bool processIsAlive(long long pid) {
#ifdef _WIN32
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!h)
        return false;
    CloseHandle(h);
    return true;
#else
    return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#endif
}

ImportProblem writeProblem(int err, const std::string& source, const std::string& what) {
    const bool full = err == ENOSPC
#ifdef EDQUOT
                      || err == EDQUOT
#endif
        ;
    return ImportProblem{full ? ImportProblemKind::DiskFull : ImportProblemKind::WriteFailed,
                         source, what + ": " + std::strerror(err)};
}

#ifndef _WIN32
// Kernel-side copy where the platform has one; plain read/write otherwise.
bool copyContents(int in, int out, std::uint64_t* copied, int* err) {
    *copied = 0;
#ifdef __linux__
    for (;;) {
        const ssize_t n = copy_file_range(in, nullptr, out, nullptr, 1 << 30, 0);
        if (n > 0) {
            *copied += static_cast<std::uint64_t>(n);
            continue;
        }
        if (n == 0)
            return true;
        if (errno == EINTR)
            continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) {
            *err = errno;
            return false;
        }
        break; // not supported between these files: fall back, continuing where we are
    }
#endif
    // One buffer per thread, not zero-filled: a fresh 1 MiB vector per file cost more than
    // the copy itself in cross-filesystem imports.
    constexpr std::size_t kBufferSize = 1 << 20;
    thread_local std::unique_ptr<char[]> buffer(new char[kBufferSize]);
    for (;;) {
        const ssize_t n = read(in, buffer.get(), kBufferSize);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = write(out, buffer.get() + done, static_cast<std::size_t>(n - done));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                *err = errno;
                return false;
            }
            done += w;
        }
        *copied += static_cast<std::uint64_t>(n);
    }
}

bool fsyncPath(const fs::path& path, bool directory, int* err) {
    const int fd =
        ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    if (!ok)
        *err = errno;
    ::close(fd);
    return ok;
}
#endif

} // namespace

CacheFiles::CacheFiles(fs::path root)
    : root_(std::move(root))
    , incoming_(root_ / "incoming") {}

bool CacheFiles::prepare(std::string* error) {
    std::error_code ec;
    fs::create_directories(root_ / "dicom", ec);
    if (!ec)
        fs::create_directories(incoming_, ec);
    if (ec) {
        if (error)
            *error = "cannot create the cache folders in " + root_.string() + ": " + ec.message();
        return false;
    }
    // Staged files are named <pid>-<n>.part: those of processes that are gone were never
    // indexed and never acknowledged, so they can go.
    for (const auto& entry : fs::directory_iterator(incoming_, ec)) {
        const std::string name = entry.path().filename().string();
        const auto dash = name.find('-');
        if (dash == std::string::npos || entry.path().extension() != ".part")
            continue;
        const long long pid = std::atoll(name.substr(0, dash).c_str());
        if (pid != processId() && !processIsAlive(pid))
            fs::remove(entry.path(), ec);
    }
    return true;
}

fs::path CacheFiles::absolute(const std::string& relativePath) const {
    return root_ / fs::path(relativePath);
}

std::string CacheFiles::relativePathFor(const InstanceHeader& header) {
    // Hashed names: UIDs can be 64 characters, too long for three path levels on some systems.
    return "dicom/" + hexDigest(header.studyInstanceUid, 8) + "/" +
           hexDigest(header.seriesInstanceUid, 8) + "/" + hexDigest(header.sopInstanceUid, 16) +
           ".dcm";
}

fs::path CacheFiles::newStagedPath() {
    static std::atomic<unsigned long long> counter{0};
    return incoming_ / (std::to_string(processId()) + "-" + std::to_string(++counter) + ".part");
}

std::variant<CacheFiles::Staged, ImportProblem> CacheFiles::stageCopy(const InputFile& source) {
    const fs::path target = newStagedPath();
    const std::string sourceText = source.path().string();
#ifdef _WIN32
    std::error_code ec;
    if (!fs::copy_file(source.path(), target, ec))
        return ImportProblem{ImportProblemKind::WriteFailed, sourceText, ec.message()};
    return adoptStaged(target, sourceText);
#else
    const int out = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0)
        return writeProblem(errno, sourceText, "cannot create " + target.string());
    std::uint64_t copied = 0;
    int err = 0;
    bool ok = copyContents(source.descriptor(), out, &copied, &err);
    if (ok && copied != source.size()) {
        ok = false;
        err = EIO; // the source changed size while we copied it
    }
#ifdef __linux__
    // Start writing back now, so that the batch's sync finds little left to do.
    if (ok)
        sync_file_range(out, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    if (::close(out) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(target.c_str());
        return writeProblem(err, sourceText, "copy into the cache failed");
    }
    return Staged{target, copied};
#endif
}

std::variant<CacheFiles::Staged, ImportProblem>
CacheFiles::adoptStaged(const fs::path& written, const std::string& sourceForErrors) {
    std::error_code ec;
    const auto size = fs::file_size(written, ec);
    if (ec) {
        discard(written);
        return ImportProblem{ImportProblemKind::WriteFailed, sourceForErrors, ec.message()};
    }
    return Staged{written, size};
}

bool CacheFiles::sync(const std::vector<fs::path>& files, std::string* error) {
    if (files.empty())
        return true;
#if defined(__linux__)
    // One syncfs() flushes the whole batch with one journal commit instead of one per file.
    const int fd = ::open(incoming_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::syncfs(fd) == 0;
    const int err = errno;
    if (fd >= 0)
        ::close(fd);
    if (!ok && error)
        *error = std::string("syncing the cache failed: ") + std::strerror(err);
    return ok;
#elif defined(_WIN32)
    for (const auto& f : files) {
        HANDLE h = CreateFileW(f.c_str(), GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                               FILE_ATTRIBUTE_NORMAL, nullptr);
        const bool ok = h != INVALID_HANDLE_VALUE && FlushFileBuffers(h);
        if (h != INVALID_HANDLE_VALUE)
            CloseHandle(h);
        if (!ok) {
            if (error)
                *error = "flushing " + f.string() + " failed";
            return false;
        }
    }
    return true;
#else
    for (const auto& f : files) {
        int err = 0;
        if (!fsyncPath(f, false, &err)) {
            if (error)
                *error = "syncing " + f.string() + " failed: " + std::strerror(err);
            return false;
        }
    }
    return true;
#endif
}

CacheFiles::PublishResult CacheFiles::publish(const fs::path& staged,
                                              const std::string& relativePath, std::string* error) {
    const fs::path target = absolute(relativePath);
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
        if (error)
            *error = ec.message();
        return PublishResult::Failed;
    }
#ifdef __linux__
    if (::renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0)
        return PublishResult::Published;
    if (errno == EEXIST)
        return PublishResult::AlreadyThere;
    if (errno != EINVAL && errno != ENOSYS) {
        if (error)
            *error = std::strerror(errno);
        return PublishResult::Failed;
    }
#endif
    if (fs::exists(target, ec))
        return PublishResult::AlreadyThere;
    fs::rename(staged, target, ec);
    if (ec) {
        if (error)
            *error = ec.message();
        return PublishResult::Failed;
    }
    return PublishResult::Published;
}

bool CacheFiles::replace(const fs::path& staged, const std::string& relativePath,
                         std::string* error) {
    std::error_code ec;
    fs::rename(staged, absolute(relativePath), ec);
    if (ec && error)
        *error = ec.message();
    return !ec;
}

void CacheFiles::discard(const fs::path& staged) {
    std::error_code ec;
    fs::remove(staged, ec);
}

void CacheFiles::remove(const std::string& relativePath) {
    std::error_code ec;
    fs::remove(absolute(relativePath), ec);
}

bool CacheFiles::syncPublished(const std::vector<std::string>& relativePaths, std::string* error) {
    if (relativePaths.empty())
        return true;
#if defined(__linux__)
    // A few files (one sender, one image at a time): their own fsyncs. syncfs() would also
    // flush whatever else is dirty on the file system (another program's writes, a running
    // import) and make the sender wait for it. Many files: one syncfs() for all.
    if (relativePaths.size() <= 8) {
        for (const auto& rel : relativePaths) {
            int err = 0;
            if (!fsyncPath(absolute(rel), false, &err)) {
                if (error)
                    *error = "syncing " + rel + " failed: " + std::strerror(err);
                return false;
            }
        }
        return syncDirectoriesOf(relativePaths, error);
    }
    return syncNames(relativePaths, error); // one syncfs() covers contents and names
#else
    std::vector<fs::path> files;
    for (const auto& rel : relativePaths)
        files.push_back(absolute(rel));
    return sync(files, error) && syncNames(relativePaths, error);
#endif
}

bool CacheFiles::syncNames(const std::vector<std::string>& relativePaths, std::string* error) {
    if (relativePaths.empty())
        return true;
#if defined(__linux__)
    (void)relativePaths;
    return sync({incoming_}, error);
#elif defined(_WIN32)
    (void)relativePaths;
    (void)error;
    return true; // NTFS journals renames; MoveFileEx has no directory flush to ask for
#else
    return syncDirectoriesOf(relativePaths, error);
#endif
}

#ifndef _WIN32
bool CacheFiles::syncDirectoriesOf(const std::vector<std::string>& relativePaths,
                                   std::string* error) const {
    // The series folder, and the study and dicom/ folders in case publish() created them.
    std::set<fs::path> directories;
    for (const auto& rel : relativePaths) {
        const fs::path dir = absolute(rel).parent_path();
        directories.insert(dir);
        directories.insert(dir.parent_path());
        directories.insert(dir.parent_path().parent_path());
    }
    for (const auto& dir : directories) {
        int err = 0;
        if (!fsyncPath(dir, true, &err)) {
            if (error)
                *error = "syncing " + dir.string() + " failed: " + std::strerror(err);
            return false;
        }
    }
    return true;
}
#endif

} // namespace pellucid
