#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace pellucid {

// What a C-STORE needs to know of one file before the association: read from the header only,
// so that planning a send of thousands of files does not load their pixels.
struct StoreFile {
    std::filesystem::path path;
    std::string sopClassUid, sopInstanceUid;
    std::string transferSyntaxUid; // as stored in the file
    std::uintmax_t bytes = 0;      // file size, for progress
    bool readable = false;
    std::string error; // why not readable
};

StoreFile readStoreFile(const std::filesystem::path& path);

} // namespace pellucid
