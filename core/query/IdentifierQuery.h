#pragma once

#include "core/query/CacheQuery.h"

#include <optional>
#include <string>
#include <vector>

class DcmItem;

namespace pellucid {

// A C-FIND / C-MOVE / C-GET identifier read as a cache query: the Query/Retrieve Level, the
// matching keys (values decoded to UTF-8 through the identifier's Specific Character Set) and
// the attributes the requester wants back, in its order.
struct IdentifierQuery {
    QueryLevel level = QueryLevel::Study;
    std::vector<CacheQuery::Key> keys;
    struct ReturnKey {
        std::uint16_t group, element;
        const QueryAttribute* attribute; // nullptr: an attribute the cache does not keep
    };
    std::vector<ReturnKey> returnKeys;
};

// nullopt and `error` when the level is missing or unknown or a key value is malformed. Keys
// below the level are neither matched nor returned (hierarchical query); keys the cache does
// not keep are returned empty and not matched (PS3.4 C.2.2.1.3: optional keys).
std::optional<IdentifierQuery> readIdentifierQuery(DcmItem& identifier, std::string* error);

} // namespace pellucid
