#include "core/cache/CacheEviction.h"

#include "core/cache/Cache.h"

#include <sqlite3.h>

#include <vector>

namespace pellucid {

std::uint64_t cacheSizeBytes(Cache& cache) {
    sqlite3_stmt* s = nullptr;
    std::uint64_t total = 0;
    if (sqlite3_prepare_v2(cache.index().handle(),
                           "SELECT coalesce(sum(file_size), 0) FROM instance", -1, &s,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        total = static_cast<std::uint64_t>(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
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
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(cache.index().handle(), kOldestFirst, -1, &s, nullptr) != SQLITE_OK) {
        if (error)
            *error = sqlite3_errmsg(cache.index().handle());
        return removed;
    }
    std::vector<std::string> victims;
    std::uint64_t freed = 0;
    while (total - freed > limitBytes && sqlite3_step(s) == SQLITE_ROW) {
        const auto* uid = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        if (!uid || protectedStudyUids.count(uid))
            continue;
        victims.emplace_back(uid);
        freed += static_cast<std::uint64_t>(sqlite3_column_int64(s, 1));
    }
    sqlite3_finalize(s);
    if (!victims.empty() && !removeStudies(cache, victims, &removed, error))
        return RemovalReport{};
    return removed;
}

} // namespace pellucid
