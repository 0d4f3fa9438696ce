#include "core/cache/CacheEviction.h"

#include "core/cache/Cache.h"

#include <vector>

namespace pellucid {

std::uint64_t cacheSizeBytes(Cache& cache) {
    std::uint64_t total = 0;
    cache.index().select("SELECT coalesce(sum(file_size), 0) FROM instance", {},
                         [&](const CacheIndex::Row& row) {
                             total = static_cast<std::uint64_t>(std::get<long long>(row[0]));
                             return false;
                         });
    return total;
}

RemovalReport evictToLimit(Cache& cache, std::uint64_t limitBytes,
                           const std::set<std::string>& protectedStudyUids, std::string* error) {
    RemovalReport removed;
    std::uint64_t total = cacheSizeBytes(cache);
    if (total <= limitBytes)
        return removed;
    // julianday() orders arrival times (seconds) and touches (milliseconds) alike.
    constexpr const char* kOldestFirst = R"sql(
SELECT st.study_instance_uid, coalesce(sum(i.file_size), 0)
FROM study st JOIN series se ON se.study_ref = st.id JOIN instance i ON i.series_ref = se.id
GROUP BY st.id ORDER BY julianday(st.last_accessed_at), st.id)sql";
    std::vector<std::string> victims;
    std::uint64_t freed = 0;
    const bool read = cache.index().select(
        kOldestFirst, {},
        [&](const CacheIndex::Row& row) {
            const auto* uid = std::get_if<std::string>(&row[0]);
            if (uid && !protectedStudyUids.count(*uid)) {
                victims.push_back(*uid);
                freed += static_cast<std::uint64_t>(std::get<long long>(row[1]));
            }
            return total - freed > limitBytes;
        },
        error);
    if (!read)
        return removed;
    if (!victims.empty() && !removeStudies(cache, victims, &removed, error))
        return RemovalReport{};
    return removed;
}

} // namespace pellucid
