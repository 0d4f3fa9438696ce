#include "core/query/SeriesListing.h"

#include "core/cache/CacheIndex.h"

#include <sqlite3.h>

#include <set>

namespace pellucid {
namespace {

std::string column(sqlite3_stmt* s, int c) {
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
    return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(s, c))) : std::string();
}

void bind(sqlite3_stmt* s, int i, const std::string& v) {
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

} // namespace

std::vector<SeriesEntry> seriesWithMiddleImages(CacheIndex& index,
                                                const std::string& studyInstanceUid) {
    std::vector<SeriesEntry> out;
    sqlite3* db = index.handle();
    sqlite3_stmt* series = nullptr;
    sqlite3_stmt* middle = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT se.id, se.series_instance_uid, se.modality, se.series_number, "
                           "se.series_description, se.number_of_instances FROM series se JOIN "
                           "study st ON st.id = se.study_ref WHERE st.study_instance_uid = ?1 "
                           "ORDER BY se.series_number IS NULL, se.series_number, se.id",
                           -1, &series, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db,
                           "SELECT file_path FROM instance WHERE series_ref = ?1 ORDER BY "
                           "instance_number, id LIMIT 1 OFFSET ?2",
                           -1, &middle, nullptr) == SQLITE_OK) {
        bind(series, 1, studyInstanceUid);
        while (sqlite3_step(series) == SQLITE_ROW) {
            SeriesEntry e;
            const long long id = sqlite3_column_int64(series, 0);
            e.seriesInstanceUid = column(series, 1);
            e.modality = column(series, 2);
            if (sqlite3_column_type(series, 3) != SQLITE_NULL)
                e.number = sqlite3_column_int64(series, 3);
            e.description = column(series, 4);
            e.images = sqlite3_column_int64(series, 5);
            sqlite3_bind_int64(middle, 1, id);
            sqlite3_bind_int64(middle, 2, e.images / 2);
            if (sqlite3_step(middle) == SQLITE_ROW)
                e.middleFile = column(middle, 0);
            sqlite3_reset(middle);
            out.push_back(std::move(e));
        }
    }
    sqlite3_finalize(series);
    sqlite3_finalize(middle);
    return out;
}

std::vector<std::string> filesOf(CacheIndex& index, const std::vector<std::string>& studyUids,
                                 const std::vector<std::string>& seriesUids) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    sqlite3* db = index.handle();
    auto collect = [&](const char* sql, const std::vector<std::string>& uids) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            return;
        for (const std::string& uid : uids) {
            bind(s, 1, uid);
            while (sqlite3_step(s) == SQLITE_ROW)
                if (std::string file = column(s, 0); seen.insert(file).second)
                    out.push_back(std::move(file));
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
    };
    collect("SELECT i.file_path FROM instance i JOIN series se ON se.id = i.series_ref JOIN study "
            "st ON st.id = se.study_ref WHERE st.study_instance_uid = ?1 ORDER BY "
            "se.series_number, se.id, i.instance_number, i.id",
            studyUids);
    collect("SELECT i.file_path FROM instance i JOIN series se ON se.id = i.series_ref WHERE "
            "se.series_instance_uid = ?1 ORDER BY i.instance_number, i.id",
            seriesUids);
    return out;
}

} // namespace pellucid
