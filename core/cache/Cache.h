#pragma once

#include "core/cache/CacheFiles.h"
#include "core/cache/CacheIndex.h"

#include <filesystem>
#include <memory>
#include <string>

namespace pellucid {

// The local image cache: a folder with the DICOM files (dicom/), files on their way in
// (incoming/) and the SQLite index (index.sqlite). Opening it creates what is missing and
// brings the index schema up to date.
class InstanceIntake;

class Cache {
public:
    static std::unique_ptr<Cache> open(const std::filesystem::path& root, std::string* error);

    // The folder used when none is given: $PELLUCID_CACHE, else the platform's application
    // data folder (e.g. ~/.local/share/Pellucid/cache).
    static std::filesystem::path defaultRoot();

    const std::filesystem::path& root() const { return files_.root(); }
    std::filesystem::path indexFile() const { return root() / "index.sqlite"; }
    CacheFiles& files() { return files_; }
    const CacheFiles& files() const { return files_; }
    // The connection of the thread that opened the cache; other threads open their own.
    CacheIndex& index() { return *index_; }
    std::unique_ptr<CacheIndex>
    openIndex(std::string* error, CacheIndex::Mode mode = CacheIndex::Mode::ReadWrite) const;
    // The intake for instances arriving from the network, with its own index connection: its
    // commits run on whichever receiving thread gets there first. It does not refer back to
    // this object, which may close first.
    std::unique_ptr<InstanceIntake> openIntake(std::string* error) const;

private:
    Cache(CacheFiles files, std::unique_ptr<CacheIndex> index);

    CacheFiles files_;
    std::unique_ptr<CacheIndex> index_;
};

} // namespace pellucid
