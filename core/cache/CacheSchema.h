#pragma once

#include <string>

struct sqlite3;

namespace pellucid {

// The versioned SQL schema of the cache index. Migrations run in order inside one transaction
// each; a database newer than this build is refused rather than guessed at.
int latestSchemaVersion();
bool migrateSchema(sqlite3* db, std::string* error);
int currentSchemaVersion(sqlite3* db);

// Runs `sql` (no result rows); false and `error` set on failure.
bool execSql(sqlite3* db, const char* sql, std::string* error);

} // namespace pellucid
