#include "core/cache/CacheSchema.h"

#include <sqlite3.h>

#include <array>

namespace pellucid {
namespace {

// Text columns are NOT NULL DEFAULT '' so that C-FIND matching treats "absent" and "empty" the
// same way, as DICOM does. Every attribute a query can match on has an index.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE patient (
    id INTEGER PRIMARY KEY,
    patient_name TEXT NOT NULL DEFAULT '',
    patient_id TEXT NOT NULL DEFAULT '',
    issuer_of_patient_id TEXT NOT NULL DEFAULT '',
    patient_birth_date TEXT NOT NULL DEFAULT '',
    patient_sex TEXT NOT NULL DEFAULT '',
    number_of_studies INTEGER NOT NULL DEFAULT 0,
    UNIQUE (patient_id, issuer_of_patient_id, patient_name, patient_birth_date)
);
CREATE INDEX patient_name_idx ON patient(patient_name);
CREATE INDEX patient_birth_date_idx ON patient(patient_birth_date);
CREATE INDEX patient_sex_idx ON patient(patient_sex);

CREATE TABLE study (
    id INTEGER PRIMARY KEY,
    patient_ref INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    study_instance_uid TEXT NOT NULL UNIQUE,
    study_date TEXT NOT NULL DEFAULT '',
    study_time TEXT NOT NULL DEFAULT '',
    accession_number TEXT NOT NULL DEFAULT '',
    study_id TEXT NOT NULL DEFAULT '',
    study_description TEXT NOT NULL DEFAULT '',
    referring_physician_name TEXT NOT NULL DEFAULT '',
    modalities_in_study TEXT NOT NULL DEFAULT '',
    number_of_series INTEGER NOT NULL DEFAULT 0,
    number_of_instances INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_accessed_at TEXT NOT NULL
);
CREATE INDEX study_patient_idx ON study(patient_ref);
CREATE INDEX study_date_idx ON study(study_date, study_time);
CREATE INDEX study_time_idx ON study(study_time);
CREATE INDEX study_accession_idx ON study(accession_number);
CREATE INDEX study_id_idx ON study(study_id);
CREATE INDEX study_description_idx ON study(study_description);
CREATE INDEX study_referring_idx ON study(referring_physician_name);
CREATE INDEX study_modalities_idx ON study(modalities_in_study);
CREATE INDEX study_last_accessed_idx ON study(last_accessed_at);

CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    study_ref INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    series_instance_uid TEXT NOT NULL UNIQUE,
    modality TEXT NOT NULL DEFAULT '',
    series_number INTEGER,
    series_description TEXT NOT NULL DEFAULT '',
    body_part_examined TEXT NOT NULL DEFAULT '',
    series_date TEXT NOT NULL DEFAULT '',
    series_time TEXT NOT NULL DEFAULT '',
    number_of_instances INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX series_study_idx ON series(study_ref);
CREATE INDEX series_modality_idx ON series(modality);
CREATE INDEX series_number_idx ON series(series_number);
CREATE INDEX series_description_idx ON series(series_description);
CREATE INDEX series_body_part_idx ON series(body_part_examined);
CREATE INDEX series_date_idx ON series(series_date);
CREATE INDEX series_time_idx ON series(series_time);

CREATE TABLE instance (
    id INTEGER PRIMARY KEY,
    series_ref INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    sop_instance_uid TEXT NOT NULL UNIQUE,
    sop_class_uid TEXT NOT NULL,
    instance_number INTEGER,
    transfer_syntax_uid TEXT NOT NULL DEFAULT '',
    rows INTEGER,
    columns INTEGER,
    number_of_frames INTEGER,
    file_path TEXT NOT NULL UNIQUE,
    file_size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instance_series_idx ON instance(series_ref, instance_number);
CREATE INDEX instance_sop_class_idx ON instance(sop_class_uid);
CREATE INDEX instance_number_idx ON instance(instance_number);
CREATE INDEX instance_transfer_syntax_idx ON instance(transfer_syntax_uid);
CREATE INDEX instance_size_idx ON instance(rows, columns);
CREATE INDEX instance_columns_idx ON instance(columns);
CREATE INDEX instance_frames_idx ON instance(number_of_frames);
)sql";

constexpr std::array<const char*, 1> kMigrations = {kVersion1};

} // namespace

bool execSql(sqlite3* db, const char* sql, std::string* error) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? message : sqlite3_errmsg(db);
    sqlite3_free(message);
    return false;
}

int latestSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

int currentSchemaVersion(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    int version = 0;
    if (sqlite3_prepare_v2(db, "SELECT max(version) FROM schema_version", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

bool migrateSchema(sqlite3* db, std::string* error) {
    if (!execSql(db,
                 "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                 "applied_at TEXT NOT NULL)",
                 error))
        return false;
    // Several processes (GUI, CLI, a second GUI) may open a fresh cache at once: take the write
    // lock before reading the version so that only one of them migrates.
    if (!execSql(db, "BEGIN IMMEDIATE", error))
        return false;
    const int from = currentSchemaVersion(db);
    if (from > latestSchemaVersion()) {
        execSql(db, "ROLLBACK", nullptr);
        if (error)
            *error = "the cache index has schema version " + std::to_string(from) +
                     ", newer than this program understands (" +
                     std::to_string(latestSchemaVersion()) + ")";
        return false;
    }
    for (int v = from + 1; v <= latestSchemaVersion(); ++v) {
        const std::string record = "INSERT INTO schema_version(version, applied_at) VALUES (" +
                                   std::to_string(v) + ", strftime('%Y-%m-%dT%H:%M:%SZ','now'))";
        if (!execSql(db, kMigrations[static_cast<std::size_t>(v - 1)], error) ||
            !execSql(db, record.c_str(), error)) {
            execSql(db, "ROLLBACK", nullptr);
            return false;
        }
    }
    return execSql(db, "COMMIT", error);
}

} // namespace pellucid
