#pragma once

#include "core/cache/CacheIndex.h"
#include "core/query/MatchRule.h"
#include "core/query/QueryAttributes.h"

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

// A C-FIND-style query over the cache index: keys at the query level or above (relational
// queries across levels are allowed, keys below the level are refused), matched with the one
// MatchRule engine. Indexed columns narrow the rows first; MatchRule decides on each row.
class CacheQuery {
public:
    struct Key {
        const QueryAttribute* attribute;
        MatchRule rule;
        std::string value;
    };
    using Cell = IndexValue;
    using Row = std::vector<Cell>; // aligned with columns()

    // `keys` as KEY=VALUE strings (DICOM keyword or tag); nullopt and `error` when a key is
    // unknown, below the level, or its value is not valid for its type.
    static std::optional<CacheQuery> parse(QueryLevel level, const std::vector<std::string>& keys,
                                           std::string* error);
    CacheQuery(QueryLevel level, std::vector<Key> keys);

    QueryLevel level() const { return level_; }
    const std::vector<const QueryAttribute*>& columns() const { return columns_; }
    void setLimit(std::size_t limit) { limit_ = limit; }
    // Skips the first `offset` matches (in the stable order): pages of a long study list.
    void setOffset(std::size_t offset) { offset_ = offset; }
    // A C-FIND SCP owes no order: without one SQLite may drive the query from the most
    // selective table instead of walking the study date index.
    void setOrdered(bool ordered) { ordered_ = ordered; }

    // Calls `onRow` for each match in a stable order; `onRow` returns false to stop early.
    bool run(CacheIndex& index, const std::function<bool(const Row&)>& onRow,
             std::string* error) const;

    // How many rows run() would give without limit and offset.
    bool count(CacheIndex& index, long long* matches, std::string* error) const;

    std::string sql() const; // for tests and EXPLAIN QUERY PLAN

private:
    QueryLevel level_;
    std::vector<Key> keys_;
    std::vector<const QueryAttribute*> columns_;
    std::size_t limit_ = 0;
    std::size_t offset_ = 0;
    bool ordered_ = true;
};

} // namespace pellucid
