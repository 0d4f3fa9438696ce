#include "core/cache/CacheIndex.h"

#include "core/cache/CacheCounts.h"
#include "core/cache/CacheSchema.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <unordered_map>

namespace pellucid {
namespace {

std::string utcNow() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

void bindText(sqlite3_stmt* s, int i, std::string_view v) {
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void bindOptional(sqlite3_stmt* s, int i, const std::optional<long long>& v) {
    if (v)
        sqlite3_bind_int64(s, i, *v);
    else
        sqlite3_bind_null(s, i);
}

// Steps a statement that returns the id of the row it inserted or updated (RETURNING id).
bool stepForId(sqlite3* db, sqlite3_stmt* s, long long* id, std::string* error) {
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *id = sqlite3_column_int64(s, 0);
    const bool ok = rc == SQLITE_ROW;
    if (!ok && error)
        *error = sqlite3_errmsg(db);
    sqlite3_reset(s);
    return ok;
}

// Later instances fill in what the first ones left empty, never overwrite what is there.
constexpr const char* kUpsertPatient = R"sql(
INSERT INTO patient(patient_name, patient_id, issuer_of_patient_id, patient_birth_date, patient_sex)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT(patient_id, issuer_of_patient_id, patient_name, patient_birth_date) DO UPDATE SET
    patient_sex = CASE WHEN patient_sex = '' THEN excluded.patient_sex ELSE patient_sex END
RETURNING id)sql";

constexpr const char* kUpsertStudy = R"sql(
INSERT INTO study(patient_ref, study_instance_uid, study_date, study_time, accession_number,
                  study_id, study_description, referring_physician_name,
                  created_at, updated_at, last_accessed_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)
ON CONFLICT(study_instance_uid) DO UPDATE SET
    study_date = CASE WHEN study_date = '' THEN excluded.study_date ELSE study_date END,
    study_time = CASE WHEN study_time = '' THEN excluded.study_time ELSE study_time END,
    accession_number = CASE WHEN accession_number = '' THEN excluded.accession_number
                       ELSE accession_number END,
    study_id = CASE WHEN study_id = '' THEN excluded.study_id ELSE study_id END,
    study_description = CASE WHEN study_description = '' THEN excluded.study_description
                        ELSE study_description END,
    referring_physician_name = CASE WHEN referring_physician_name = ''
                               THEN excluded.referring_physician_name
                               ELSE referring_physician_name END,
    updated_at = excluded.updated_at,
    last_accessed_at = excluded.last_accessed_at
RETURNING id)sql";

constexpr const char* kUpsertSeries = R"sql(
INSERT INTO series(study_ref, series_instance_uid, modality, series_number, series_description,
                   body_part_examined, series_date, series_time)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT(series_instance_uid) DO UPDATE SET
    modality = CASE WHEN modality = '' THEN excluded.modality ELSE modality END,
    series_number = coalesce(series_number, excluded.series_number),
    series_description = CASE WHEN series_description = '' THEN excluded.series_description
                         ELSE series_description END,
    body_part_examined = CASE WHEN body_part_examined = '' THEN excluded.body_part_examined
                         ELSE body_part_examined END
RETURNING id)sql";

constexpr const char* kInsertInstance = R"sql(
INSERT INTO instance(series_ref, sop_instance_uid, sop_class_uid, instance_number,
                     transfer_syntax_uid, rows, columns, number_of_frames, file_path, file_size,
                     received_at, source)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT(sop_instance_uid) DO NOTHING)sql";

// Incremental: a recount would scan the whole series for every image a Storage SCP receives
// (quadratic over a 1000-slice series). Every instance row enters through insert().
constexpr const char* kSeriesCounts = R"sql(
UPDATE series SET number_of_instances = number_of_instances + ?2 WHERE id = ?1)sql";

constexpr const char* kPredicateType = "pellucid::TextPredicate";

void matchFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    const auto* predicate =
        static_cast<const TextPredicate*>(sqlite3_value_pointer(argv[0], kPredicateType));
    if (!predicate) {
        sqlite3_result_error(context, "pellucid_match: no predicate bound", -1);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
    const std::string_view value =
        text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[1])))
             : std::string_view();
    sqlite3_result_int(context, (*predicate)(value) ? 1 : 0);
}

constexpr const char* kStudyCounts = kRecountStudySql;
constexpr const char* kPatientCounts = kRecountPatientSql;

} // namespace

// Queries over a large cache (100 000 studies) read much of the index: map it instead of copying
// every page through pread(), and keep more pages per connection (connections are short-lived
// in the Q/R SCP, the OS page cache is shared between them).
#define kMemoryPragmas "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768;"

std::unique_ptr<CacheIndex> CacheIndex::open(const std::filesystem::path& databaseFile,
                                             std::string* error, Mode mode) {
    sqlite3* db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const std::string path = databaseFile.string();
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<CacheIndex> index(new CacheIndex(db));
    // Another process (GUI beside CLI, the storage service) may hold the write lock briefly.
    sqlite3_busy_timeout(db, 30000);
    // WAL lets readers run beside the writer; synchronous=FULL makes every committed batch
    // durable, because a commit is what tells a sender its image is safe.
    const char* pragmas = mode == Mode::ReadOnly
                              ? "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; " kMemoryPragmas
                              : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; "
                                "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; " kMemoryPragmas;
    if (!execSql(db, pragmas, error))
        return nullptr;
    if (sqlite3_create_function_v2(db, "pellucid_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, &matchFunction, nullptr, nullptr,
                                   nullptr) != SQLITE_OK) {
        if (error)
            *error = sqlite3_errmsg(db);
        return nullptr;
    }
    if (mode == Mode::ReadWrite && !migrateSchema(db, error))
        return nullptr;
    if (mode == Mode::ReadOnly && currentSchemaVersion(db) != latestSchemaVersion()) {
        if (error)
            *error = "the cache index has schema version " +
                     std::to_string(currentSchemaVersion(db)) + ", this program needs " +
                     std::to_string(latestSchemaVersion());
        return nullptr;
    }
    return index;
}

CacheIndex::CacheIndex(sqlite3* db)
    : db_(db) {}

CacheIndex::~CacheIndex() {
    for (auto& [sql, stmt] : statements_)
        sqlite3_finalize(stmt);
    sqlite3_close(db_);
}

sqlite3_stmt* CacheIndex::prepared(const char* sql) {
    for (auto& [text, stmt] : statements_)
        if (text == sql) {
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
            return stmt;
        }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    statements_.emplace_back(sql, stmt);
    return stmt;
}

int CacheIndex::schemaVersion() const {
    return currentSchemaVersion(db_);
}

bool CacheIndex::containsInstance(std::string_view sopInstanceUid) {
    sqlite3_stmt* s = prepared("SELECT 1 FROM instance WHERE sop_instance_uid = ?1");
    if (!s)
        return false;
    bindText(s, 1, sopInstanceUid);
    const bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_reset(s);
    return found;
}

bool CacheIndex::isFileIndexed(std::string_view relativePath) {
    sqlite3_stmt* s = prepared("SELECT 1 FROM instance WHERE file_path = ?1");
    if (!s)
        return false;
    bindText(s, 1, relativePath);
    const bool found = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_reset(s);
    return found;
}

bool CacheIndex::insert(const std::vector<StoredInstance>& batch,
                        std::vector<InsertOutcome>* outcomes, std::string* error) {
    outcomes->assign(batch.size(), InsertOutcome::Duplicate);
    if (batch.empty())
        return true;
    sqlite3_stmt* patient = prepared(kUpsertPatient);
    sqlite3_stmt* study = prepared(kUpsertStudy);
    sqlite3_stmt* series = prepared(kUpsertSeries);
    sqlite3_stmt* instance = prepared(kInsertInstance);
    sqlite3_stmt* seriesCounts = prepared(kSeriesCounts);
    sqlite3_stmt* studyCounts = prepared(kStudyCounts);
    sqlite3_stmt* patientCounts = prepared(kPatientCounts);
    if (!patient || !study || !series || !instance || !seriesCounts || !studyCounts ||
        !patientCounts) {
        if (error)
            *error = sqlite3_errmsg(db_);
        return false;
    }
    if (!execSql(db_, "BEGIN IMMEDIATE", error))
        return false;
    auto fail = [&] {
        execSql(db_, "ROLLBACK", nullptr);
        outcomes->assign(batch.size(), InsertOutcome::Duplicate);
        return false;
    };

    const std::string now = utcNow();
    std::unordered_map<std::string, long long> studyIds, seriesIds;
    std::map<long long, long long> touchedSeries; // series id -> instances inserted
    std::set<long long> touchedStudies, touchedPatients, batchPatients;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const InstanceHeader& h = batch[i].header;
        // Upserted for every instance, not once per batch: a later instance may carry what
        // the first one left empty (a description, a referring physician).
        long long patientId = 0, studyId = 0, seriesId = 0;
        sqlite3_reset(patient);
        bindText(patient, 1, h.patientName);
        bindText(patient, 2, h.patientId);
        bindText(patient, 3, h.issuerOfPatientId);
        bindText(patient, 4, h.patientBirthDate);
        bindText(patient, 5, h.patientSex);
        if (!stepForId(db_, patient, &patientId, error))
            return fail();
        batchPatients.insert(patientId);
        sqlite3_reset(study);
        sqlite3_bind_int64(study, 1, patientId);
        bindText(study, 2, h.studyInstanceUid);
        bindText(study, 3, h.studyDate);
        bindText(study, 4, h.studyTime);
        bindText(study, 5, h.accessionNumber);
        bindText(study, 6, h.studyId);
        bindText(study, 7, h.studyDescription);
        bindText(study, 8, h.referringPhysicianName);
        bindText(study, 9, now);
        if (!stepForId(db_, study, &studyId, error))
            return fail();
        studyIds.emplace(h.studyInstanceUid, studyId);
        sqlite3_reset(series);
        sqlite3_bind_int64(series, 1, studyId);
        bindText(series, 2, h.seriesInstanceUid);
        bindText(series, 3, h.modality);
        bindOptional(series, 4, h.seriesNumber);
        bindText(series, 5, h.seriesDescription);
        bindText(series, 6, h.bodyPartExamined);
        bindText(series, 7, h.seriesDate);
        bindText(series, 8, h.seriesTime);
        if (!stepForId(db_, series, &seriesId, error))
            return fail();
        seriesIds.emplace(h.seriesInstanceUid, seriesId);
        sqlite3_reset(instance);
        sqlite3_bind_int64(instance, 1, seriesId);
        bindText(instance, 2, h.sopInstanceUid);
        bindText(instance, 3, h.sopClassUid);
        bindOptional(instance, 4, h.instanceNumber);
        bindText(instance, 5, h.transferSyntaxUid);
        bindOptional(instance, 6, h.rows);
        bindOptional(instance, 7, h.columns);
        bindOptional(instance, 8, h.numberOfFrames);
        bindText(instance, 9, batch[i].relativePath);
        sqlite3_bind_int64(instance, 10, static_cast<long long>(batch[i].fileSize));
        bindText(instance, 11, now);
        bindText(instance, 12, batch[i].source);
        if (sqlite3_step(instance) != SQLITE_DONE) {
            if (error)
                *error = sqlite3_errmsg(db_);
            sqlite3_reset(instance);
            return fail();
        }
        sqlite3_reset(instance);
        if (sqlite3_changes(db_) > 0) {
            (*outcomes)[i] = InsertOutcome::Inserted;
            ++touchedSeries[seriesId];
            touchedStudies.insert(studyId);
        }
    }

    auto refresh = [&](sqlite3_stmt* s, long long id) {
        sqlite3_reset(s);
        sqlite3_bind_int64(s, 1, id);
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        if (!ok && error)
            *error = sqlite3_errmsg(db_);
        sqlite3_reset(s);
        return ok;
    };
    for (const auto& [id, added] : touchedSeries) {
        sqlite3_reset(seriesCounts);
        sqlite3_bind_int64(seriesCounts, 1, id);
        sqlite3_bind_int64(seriesCounts, 2, added);
        const bool ok = sqlite3_step(seriesCounts) == SQLITE_DONE;
        sqlite3_reset(seriesCounts);
        if (!ok) {
            if (error)
                *error = sqlite3_errmsg(db_);
            return fail();
        }
    }
    sqlite3_stmt* patientOf = prepared("SELECT patient_ref FROM study WHERE id = ?1");
    for (long long id : touchedStudies) {
        if (!refresh(studyCounts, id))
            return fail();
        sqlite3_bind_int64(patientOf, 1, id);
        if (sqlite3_step(patientOf) == SQLITE_ROW)
            touchedPatients.insert(sqlite3_column_int64(patientOf, 0));
        sqlite3_reset(patientOf);
    }
    for (long long id : touchedPatients)
        if (!refresh(patientCounts, id))
            return fail();
    // A duplicate SOP Instance UID filed under another study (bad data, but it happens) must
    // not leave behind the empty study and series rows this batch created for it.
    sqlite3_stmt* dropSeries =
        prepared("DELETE FROM series WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM instance WHERE "
                 "series_ref = ?1)");
    sqlite3_stmt* dropStudy = prepared(
        "DELETE FROM study WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM series WHERE study_ref = "
        "?1)");
    for (const auto& [uid, id] : seriesIds)
        if (!touchedSeries.count(id) && !refresh(dropSeries, id))
            return fail();
    for (const auto& [uid, id] : studyIds)
        if (!touchedStudies.count(id) && !refresh(dropStudy, id))
            return fail();
    sqlite3_stmt* dropPatient =
        prepared("DELETE FROM patient WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM study WHERE "
                 "patient_ref = ?1)");
    for (long long id : batchPatients)
        if (!touchedPatients.count(id) && !refresh(dropPatient, id))
            return fail();
    if (!execSql(db_, "COMMIT", error))
        return fail();
    return true;
}

bool CacheIndex::touchStudy(std::string_view studyInstanceUid, std::string* error) {
    // Milliseconds: a user opens several studies within a second.
    sqlite3_stmt* s =
        prepared("UPDATE study SET last_accessed_at = "
                 "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE study_instance_uid = ?1");
    if (!s) {
        if (error)
            *error = sqlite3_errmsg(db_);
        return false;
    }
    bindText(s, 1, studyInstanceUid);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = sqlite3_errmsg(db_);
        return false;
    }
    if (sqlite3_changes(db_) == 0) {
        if (error)
            *error = "no study " + std::string(studyInstanceUid) + " in the cache";
        return false;
    }
    return true;
}

CacheIndex::Totals CacheIndex::totals() {
    Totals t;
    sqlite3_stmt* s = prepared("SELECT (SELECT count(*) FROM patient), (SELECT count(*) FROM "
                               "study), (SELECT count(*) FROM series), (SELECT count(*) FROM "
                               "instance)");
    if (s && sqlite3_step(s) == SQLITE_ROW) {
        t.patients = sqlite3_column_int64(s, 0);
        t.studies = sqlite3_column_int64(s, 1);
        t.series = sqlite3_column_int64(s, 2);
        t.instances = sqlite3_column_int64(s, 3);
    }
    if (s)
        sqlite3_reset(s);
    return t;
}

bool CacheIndex::select(const std::string& sql, const std::vector<Parameter>& parameters,
                        const std::function<bool(const Row&)>& onRow, std::string* error) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &s, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = sqlite3_errmsg(db_);
        sqlite3_finalize(s);
        return false;
    }
    for (std::size_t p = 0; p < parameters.size(); ++p) {
        const int i = static_cast<int>(p + 1);
        if (const auto* number = std::get_if<long long>(&parameters[p]))
            sqlite3_bind_int64(s, i, *number);
        else if (const auto* text = std::get_if<std::string>(&parameters[p]))
            bindText(s, i, *text);
        else
            sqlite3_bind_pointer(
                s, i, const_cast<TextPredicate*>(std::get<const TextPredicate*>(parameters[p])),
                kPredicateType, nullptr);
    }
    Row row(static_cast<std::size_t>(sqlite3_column_count(s)));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const int column = static_cast<int>(c);
            switch (sqlite3_column_type(s, column)) {
            case SQLITE_NULL:
                row[c] = std::monostate{};
                break;
            case SQLITE_INTEGER:
                row[c] = static_cast<long long>(sqlite3_column_int64(s, column));
                break;
            default: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
                row[c] = text ? std::string(
                                    text, static_cast<std::size_t>(sqlite3_column_bytes(s, column)))
                              : std::string();
                break;
            }
            }
        }
        if (!onRow(row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = sqlite3_errmsg(db_);
    sqlite3_finalize(s);
    return ok;
}

sqlite3* connectionOf(CacheIndex& index) {
    return index.db_;
}

} // namespace pellucid
