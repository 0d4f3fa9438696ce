#include "core/query/StudyContents.h"

#include "core/cache/CacheIndex.h"

#include <sqlite3.h>

namespace pellucid {

std::vector<std::string> sopClassesInStudy(CacheIndex& index, const std::string& studyInstanceUid) {
    std::vector<std::string> classes;
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "SELECT DISTINCT i.sop_class_uid FROM instance i "
                      "JOIN series se ON i.series_ref = se.id "
                      "JOIN study st ON se.study_ref = st.id "
                      "WHERE st.study_instance_uid = ?1 ORDER BY 1";
    if (sqlite3_prepare_v2(index.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        return classes;
    sqlite3_bind_text(stmt, 1, studyInstanceUid.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        classes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return classes;
}

} // namespace pellucid
