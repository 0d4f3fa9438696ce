#pragma once

#include "core/query/MatchRule.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pellucid {

enum class QueryLevel { Patient, Study, Series, Instance };

std::optional<QueryLevel> queryLevelFromName(std::string_view name); // patient|study|series|
                                                                     // instance|image, any case
const char* queryLevelName(QueryLevel level);                        // "PATIENT", ...

// One attribute the cache can match on and return: its DICOM keyword and tag, the level it
// belongs to, and the SQL column that holds it (aliases p, st, se, i for the four tables).
struct QueryAttribute {
    const char* keyword;
    std::uint16_t group;
    std::uint16_t element;
    QueryLevel level;
    const char* column;
    MatchType type;
    bool multiValued; // the column may hold several '\'-joined values
    bool isInteger;   // returned as a number
};

std::span<const QueryAttribute> queryAttributes();
// By keyword ("PatientName") or tag ("0010,0010", "(0010,0010)", "00100010").
const QueryAttribute* findQueryAttribute(std::string_view keyOrTag);
// What a query at `level` returns: the attributes of that level and of the levels above it.
std::vector<const QueryAttribute*> attributesUpTo(QueryLevel level);

} // namespace pellucid
