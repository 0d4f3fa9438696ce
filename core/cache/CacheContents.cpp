#include "core/cache/CacheContents.h"

#include "core/cache/CacheIndex.h"

#include <set>

namespace pellucid {
namespace {

std::string text(const IndexValue& value) {
    const auto* s = std::get_if<std::string>(&value);
    return s ? *s : std::string();
}

} // namespace

CacheContents::CacheContents(CacheIndex& index)
    : index_(index) {}

std::vector<SeriesEntry>
CacheContents::seriesWithMiddleImages(const std::string& studyInstanceUid) const {
    std::vector<SeriesEntry> out;
    std::vector<long long> ids;
    index_.select("SELECT se.id, se.series_instance_uid, se.modality, se.series_number, "
                  "se.series_description, se.number_of_instances FROM series se JOIN "
                  "study st ON st.id = se.study_ref WHERE st.study_instance_uid = ?1 "
                  "ORDER BY se.series_number IS NULL, se.series_number, se.id",
                  {studyInstanceUid}, [&](const CacheIndex::Row& row) {
                      SeriesEntry e;
                      ids.push_back(std::get<long long>(row[0]));
                      e.seriesInstanceUid = text(row[1]);
                      e.modality = text(row[2]);
                      if (const auto* number = std::get_if<long long>(&row[3]))
                          e.number = *number;
                      e.description = text(row[4]);
                      e.images = std::get<long long>(row[5]);
                      out.push_back(std::move(e));
                      return true;
                  });
    for (std::size_t s = 0; s < out.size(); ++s)
        index_.select("SELECT file_path FROM instance WHERE series_ref = ?1 ORDER BY "
                      "instance_number, id LIMIT 1 OFFSET ?2",
                      {ids[s], out[s].images / 2}, [&](const CacheIndex::Row& row) {
                          out[s].middleFile = text(row[0]);
                          return false;
                      });
    return out;
}

std::vector<std::string>
CacheContents::sopClassesInStudy(const std::string& studyInstanceUid) const {
    std::vector<std::string> classes;
    index_.select("SELECT DISTINCT i.sop_class_uid FROM instance i "
                  "JOIN series se ON i.series_ref = se.id "
                  "JOIN study st ON se.study_ref = st.id "
                  "WHERE st.study_instance_uid = ?1 ORDER BY 1",
                  {studyInstanceUid}, [&](const CacheIndex::Row& row) {
                      classes.push_back(text(row[0]));
                      return true;
                  });
    return classes;
}

std::vector<std::string> CacheContents::filesOf(const std::vector<std::string>& uids) const {
    // A UID names one thing: the instance, series and study tables are asked in turn.
    static constexpr const char* kByLevel[] = {
        "SELECT file_path FROM instance WHERE sop_instance_uid = ?1",
        "SELECT i.file_path FROM instance i JOIN series se ON se.id = i.series_ref WHERE "
        "se.series_instance_uid = ?1 ORDER BY i.instance_number, i.id",
        "SELECT i.file_path FROM instance i JOIN series se ON se.id = i.series_ref JOIN study "
        "st ON st.id = se.study_ref WHERE st.study_instance_uid = ?1 ORDER BY "
        "se.series_number, se.id, i.instance_number, i.id",
    };
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const std::string& uid : uids) {
        for (const char* sql : kByLevel) {
            bool found = false;
            index_.select(sql, {uid}, [&](const CacheIndex::Row& row) {
                found = true;
                if (std::string file = text(row[0]); seen.insert(file).second)
                    out.push_back(std::move(file));
                return true;
            });
            if (found)
                break;
        }
    }
    return out;
}

std::vector<std::string> CacheContents::presentationStatesInStudyOf(const std::string& uid) const {
    std::vector<std::string> files;
    index_.select(
        "WITH st AS ("
        " SELECT se.study_ref AS id FROM instance i JOIN series se ON se.id = i.series_ref"
        "  WHERE i.sop_instance_uid = ?1"
        " UNION SELECT study_ref FROM series WHERE series_instance_uid = ?1"
        " UNION SELECT id FROM study WHERE study_instance_uid = ?1) "
        "SELECT i.file_path FROM instance i JOIN series se ON se.id = i.series_ref "
        "WHERE se.study_ref IN (SELECT id FROM st) "
        "AND i.sop_class_uid LIKE '1.2.840.10008.5.1.4.1.1.11.%' ORDER BY i.id",
        {uid}, [&](const CacheIndex::Row& row) {
            files.push_back(text(row[0]));
            return true;
        });
    return files;
}

} // namespace pellucid
