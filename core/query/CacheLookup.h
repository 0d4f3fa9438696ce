#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pellucid {

class Cache;

// The cached files a UID stands for: a SOP Instance UID gives its one file, a Series Instance
// UID the series' files, a Study Instance UID the study's; in series and instance order.
// Empty when the cache does not hold it.
std::vector<std::filesystem::path> filesForUid(Cache& cache, const std::string& uid);

} // namespace pellucid
