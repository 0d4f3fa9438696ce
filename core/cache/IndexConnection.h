#pragma once

struct sqlite3;

namespace pellucid {

class CacheIndex;

// The SQLite connection behind a CacheIndex, for the code of core/cache that writes several
// tables in one transaction (removal). Nothing outside core/cache includes this: the rest of the
// program reads the index through CacheIndex::select().
sqlite3* connectionOf(CacheIndex& index);

} // namespace pellucid
