#pragma once

#include "core/cache/CacheSchema.h"
#include "core/dicom/InstanceHeader.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pellucid {

// One instance as the cache records it once its file is in place.
struct StoredInstance {
    InstanceHeader header;
    std::string relativePath; // below the cache folder, '/'-separated
    std::uint64_t fileSize = 0;
    std::string source; // where it came from: "import:<path>", later "aet:<AE title>"
};

enum class InsertOutcome { Inserted, Duplicate };

// A value of the index: NULL, an integer, or text (anything else is read as text).
using IndexValue = std::variant<std::monostate, long long, std::string>;
// A test on a text value that SQL calls as pellucid_match(?, column), the predicate bound to the
// '?': the C++ rule decides row by row, so SQL and the code that owns the rule never disagree.
using TextPredicate = std::function<bool(std::string_view)>;

// The SQLite index of the cache: patient / study / series / instance tables. One object is one
// connection and must be used by one thread at a time; open one per thread (WAL mode lets
// readers run beside the writer, and several processes share the file).
class CacheIndex {
public:
    enum class Mode { ReadWrite, ReadOnly };
    static std::unique_ptr<CacheIndex> open(const std::filesystem::path& databaseFile,
                                            std::string* error, Mode mode = Mode::ReadWrite);
    ~CacheIndex();
    CacheIndex(const CacheIndex&) = delete;
    CacheIndex& operator=(const CacheIndex&) = delete;

    int schemaVersion() const;
    bool containsInstance(std::string_view sopInstanceUid);
    bool isFileIndexed(std::string_view relativePath);

    // Records a batch in one transaction; an instance whose SOP Instance UID is already known is
    // a Duplicate and changes nothing. On failure nothing of the batch is recorded.
    bool insert(const std::vector<StoredInstance>& batch, std::vector<InsertOutcome>* outcomes,
                std::string* error);

    // Marks a study as used now (the viewer opened it), for least-recently-used eviction;
    // arrival of an instance counts as use too. False when the study is unknown.
    bool touchStudy(std::string_view studyInstanceUid, std::string* error = nullptr);

    struct Totals {
        long long patients = 0, studies = 0, series = 0, instances = 0;
    };
    Totals totals();

    using Row = std::vector<IndexValue>;
    using Parameter = std::variant<long long, std::string, const TextPredicate*>;
    // Runs one statement that reads (SELECT, EXPLAIN QUERY PLAN, PRAGMA), `parameters` bound to
    // its '?'s in order, and gives each row to `onRow`, which returns false to stop early.
    // A predicate must outlive the call.
    bool select(const std::string& sql, const std::vector<Parameter>& parameters,
                const std::function<bool(const Row&)>& onRow, std::string* error = nullptr);

private:
    friend sqlite3* connectionOf(CacheIndex& index);

    explicit CacheIndex(sqlite3* db);
    sqlite3_stmt* prepared(const char* sql);

    sqlite3* db_;
    std::vector<std::pair<const char*, sqlite3_stmt*>> statements_;
};

} // namespace pellucid
