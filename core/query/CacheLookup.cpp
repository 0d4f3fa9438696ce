#include "core/query/CacheLookup.h"

#include "core/cache/Cache.h"
#include "core/query/CacheQuery.h"

namespace pellucid {

std::vector<std::filesystem::path> filesForUid(Cache& cache, const std::string& uid) {
    std::vector<std::filesystem::path> files;
    if (uid.empty() || uid.find_first_of("*?\\") != std::string::npos)
        return files;
    for (const char* key : {"SOPInstanceUID", "SeriesInstanceUID", "StudyInstanceUID"}) {
        std::string error;
        auto query =
            CacheQuery::parse(QueryLevel::Instance, {std::string(key) + "=" + uid}, &error);
        if (!query)
            continue;
        std::size_t pathColumn = 0;
        for (std::size_t c = 0; c < query->columns().size(); ++c)
            if (std::string_view(query->columns()[c]->keyword) == "FilePath")
                pathColumn = c;
        query->run(
            cache.index(),
            [&](const CacheQuery::Row& row) {
                files.push_back(cache.files().absolute(std::get<std::string>(row[pathColumn])));
                return true;
            },
            &error);
        if (!files.empty())
            break;
    }
    return files;
}

} // namespace pellucid
