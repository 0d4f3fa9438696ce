#include "core/cache/CacheRemoval.h"

#include "core/cache/Cache.h"
#include "core/cache/CacheCounts.h"
#include "core/cache/CacheSchema.h"
#include "core/cache/IndexConnection.h"

#include <sqlite3.h>

#include <filesystem>
#include <set>

namespace pellucid {
namespace fs = std::filesystem;
namespace {

constexpr const char* kStudyCounts = kRecountStudySql;
constexpr const char* kPatientCounts = kRecountPatientSql;

class Statement {
public:
    Statement(sqlite3* db, const char* sql) {
        ok_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(s_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return ok_; }
    sqlite3_stmt* get() const { return s_; }
    void reset() {
        sqlite3_reset(s_);
        sqlite3_clear_bindings(s_);
    }
    void bind(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
    void bind(int i, const std::string& v) {
        sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    // Runs to completion; false on an error.
    bool exec() {
        const int rc = sqlite3_step(s_);
        sqlite3_reset(s_);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

private:
    sqlite3_stmt* s_ = nullptr;
    bool ok_ = false;
};

enum class Level { Study, Series };

// Series, then study folder, as long as they are empty and below dicom/ (fs::remove refuses a
// folder that is not empty).
void removeEmptyFolders(const fs::path& dicom, fs::path folder) {
    std::error_code ec;
    while (folder != dicom && folder.has_parent_path() &&
           folder.native().size() > dicom.native().size() && fs::remove(folder, ec))
        folder = folder.parent_path();
}

std::string text(sqlite3_stmt* s, int column) {
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return t ? std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(s, column)))
             : std::string();
}

bool removeAt(Cache& cache, Level level, const std::vector<std::string>& uids,
              RemovalReport* report, std::string* error) {
    RemovalReport local;
    RemovalReport& out = report ? *report : local;
    out = RemovalReport{};
    sqlite3* db = connectionOf(cache.index());
    auto fail = [&](bool inTransaction) {
        if (error && error->empty())
            *error = sqlite3_errmsg(db);
        if (inTransaction)
            execSql(db, "ROLLBACK", nullptr);
        out = RemovalReport{};
        return false;
    };
    if (error)
        error->clear();
    Statement findStudy(db, "SELECT id, patient_ref FROM study WHERE study_instance_uid = ?1");
    Statement findSeries(db, "SELECT se.id, se.study_ref, st.patient_ref, se.series_instance_uid "
                             "FROM series se JOIN study st ON st.id = se.study_ref "
                             "WHERE se.series_instance_uid = ?1");
    Statement seriesOfStudy(db, "SELECT id, series_instance_uid FROM series WHERE study_ref = ?1");
    Statement filesOfSeries(db, "SELECT file_path, file_size FROM instance WHERE series_ref = ?1");
    Statement deleteSeries(db, "DELETE FROM series WHERE id = ?1");
    Statement deleteStudy(db, "DELETE FROM study WHERE id = ?1");
    Statement studyUid(db, "SELECT study_instance_uid FROM study WHERE id = ?1");
    Statement emptyStudy(db, "SELECT NOT EXISTS (SELECT 1 FROM series WHERE study_ref = ?1)");
    Statement studyCounts(db, kStudyCounts);
    Statement patientCounts(db, kPatientCounts);
    Statement dropPatient(db, "DELETE FROM patient WHERE id = ?1 AND NOT EXISTS "
                              "(SELECT 1 FROM study WHERE patient_ref = ?1)");
    for (const Statement* s :
         {&findStudy, &findSeries, &seriesOfStudy, &filesOfSeries, &deleteSeries, &deleteStudy,
          &studyUid, &emptyStudy, &studyCounts, &patientCounts, &dropPatient})
        if (!s->ok())
            return fail(false);
    if (!execSql(db, "BEGIN IMMEDIATE", error))
        return fail(false);

    std::vector<std::string> files;
    std::set<long long> studies, patients, removedSeries;
    auto collectSeries = [&](long long seriesId, const std::string& seriesUid) {
        if (!removedSeries.insert(seriesId).second)
            return true;
        out.seriesInstanceUids.push_back(seriesUid);
        filesOfSeries.reset();
        filesOfSeries.bind(1, seriesId);
        int rc;
        while ((rc = sqlite3_step(filesOfSeries.get())) == SQLITE_ROW) {
            files.push_back(text(filesOfSeries.get(), 0));
            out.bytes += static_cast<std::uint64_t>(sqlite3_column_int64(filesOfSeries.get(), 1));
            ++out.instances;
        }
        sqlite3_reset(filesOfSeries.get());
        return rc == SQLITE_DONE;
    };
    for (const std::string& uid : uids) {
        if (level == Level::Study) {
            findStudy.reset();
            findStudy.bind(1, uid);
            if (sqlite3_step(findStudy.get()) != SQLITE_ROW) {
                sqlite3_reset(findStudy.get());
                continue;
            }
            const long long id = sqlite3_column_int64(findStudy.get(), 0);
            patients.insert(sqlite3_column_int64(findStudy.get(), 1));
            sqlite3_reset(findStudy.get());
            studies.insert(id);
            seriesOfStudy.reset();
            seriesOfStudy.bind(1, id);
            std::vector<std::pair<long long, std::string>> series;
            while (sqlite3_step(seriesOfStudy.get()) == SQLITE_ROW)
                series.emplace_back(sqlite3_column_int64(seriesOfStudy.get(), 0),
                                    text(seriesOfStudy.get(), 1));
            sqlite3_reset(seriesOfStudy.get());
            for (const auto& [seriesId, seriesUid] : series)
                if (!collectSeries(seriesId, seriesUid))
                    return fail(true);
        } else {
            findSeries.reset();
            findSeries.bind(1, uid);
            if (sqlite3_step(findSeries.get()) != SQLITE_ROW) {
                sqlite3_reset(findSeries.get());
                continue;
            }
            const long long id = sqlite3_column_int64(findSeries.get(), 0);
            studies.insert(sqlite3_column_int64(findSeries.get(), 1));
            patients.insert(sqlite3_column_int64(findSeries.get(), 2));
            const std::string seriesUid = text(findSeries.get(), 3);
            sqlite3_reset(findSeries.get());
            if (!collectSeries(id, seriesUid))
                return fail(true);
        }
    }
    // Instances go with their series (ON DELETE CASCADE).
    for (long long id : removedSeries) {
        deleteSeries.reset();
        deleteSeries.bind(1, id);
        if (!deleteSeries.exec())
            return fail(true);
    }
    for (long long id : studies) {
        emptyStudy.reset();
        emptyStudy.bind(1, id);
        const bool empty = sqlite3_step(emptyStudy.get()) == SQLITE_ROW &&
                           sqlite3_column_int(emptyStudy.get(), 0) != 0;
        sqlite3_reset(emptyStudy.get());
        if (empty) {
            studyUid.reset();
            studyUid.bind(1, id);
            if (sqlite3_step(studyUid.get()) == SQLITE_ROW)
                out.studyInstanceUids.push_back(text(studyUid.get(), 0));
            sqlite3_reset(studyUid.get());
            deleteStudy.reset();
            deleteStudy.bind(1, id);
            if (!deleteStudy.exec())
                return fail(true);
        } else {
            studyCounts.reset();
            studyCounts.bind(1, id);
            if (!studyCounts.exec())
                return fail(true);
        }
    }
    for (long long id : patients) {
        dropPatient.reset();
        dropPatient.bind(1, id);
        patientCounts.reset();
        patientCounts.bind(1, id);
        if (!dropPatient.exec() || !patientCounts.exec())
            return fail(true);
    }
    if (!execSql(db, "COMMIT", error))
        return fail(true);

    // The index no longer points at these files: from here on a failure only leaves orphans.
    for (const std::string& file : files) {
        std::error_code ec;
        fs::remove(cache.files().absolute(file), ec);
        // Empty folders stay: an intake may be publishing into the same series folder now.
        if (ec)
            out.fileErrors.push_back(file + ": " + ec.message());
    }
    return true;
}

} // namespace

bool removeStudies(Cache& cache, const std::vector<std::string>& studyInstanceUids,
                   RemovalReport* report, std::string* error) {
    return removeAt(cache, Level::Study, studyInstanceUids, report, error);
}

bool removeSeries(Cache& cache, const std::vector<std::string>& seriesInstanceUids,
                  RemovalReport* report, std::string* error) {
    return removeAt(cache, Level::Series, seriesInstanceUids, report, error);
}

std::size_t removeOrphanFiles(Cache& cache, std::chrono::seconds minimumAge, std::string* error) {
    const fs::path dicom = cache.root() / "dicom";
    std::size_t removed = 0;
    std::error_code ec;
    if (!fs::exists(dicom, ec))
        return 0;
    const auto cutoff = fs::file_time_type::clock::now() - minimumAge;
    std::vector<fs::path> emptied;
    for (auto it = fs::recursive_directory_iterator(dicom, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec))
            continue;
        const std::string relative = fs::relative(it->path(), cache.root(), ec).generic_string();
        if (ec || cache.index().isFileIndexed(relative))
            continue;
        if (it->last_write_time(ec) > cutoff || ec)
            continue;
        std::error_code removeError;
        if (fs::remove(it->path(), removeError)) {
            ++removed;
            emptied.push_back(it->path().parent_path());
        } else if (error && error->empty()) {
            *error = it->path().string() + ": " + removeError.message();
        }
    }
    if (ec && error && error->empty())
        *error = dicom.string() + ": " + ec.message();
    // Folders left empty (series, then study level); fs::remove refuses non-empty ones.
    for (const fs::path& folder : emptied)
        removeEmptyFolders(dicom, folder);
    return removed;
}

} // namespace pellucid
