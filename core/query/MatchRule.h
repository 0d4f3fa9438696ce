#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pellucid {

// How a query key is matched (PS3.4 C.2.2.2), by the VR of its attribute.
enum class MatchType { Text, Code, PersonName, Date, Time, DateTime, Uid, Integer };
// Text: LO/SH/LT/ST..., Code: CS, PersonName: PN, Date: DA, Time: TM, DateTime: DT, Uid: UI,
// Integer: IS/US/UL

// A necessary condition on the stored column that a B-tree index can serve. It only narrows the
// rows; MatchRule::matches() still decides on each of them.
struct IndexPrefilter {
    enum class Kind { None, Equal, In, Range };
    Kind kind = Kind::None;
    std::vector<std::string> values;  // Equal: one value; In: the list
    std::optional<std::string> lower; // Range: inclusive bounds, compared byte-wise (SQLite BINARY)
    std::optional<std::string> upper;
};

namespace detail {

// A point in time in an order-preserving encoding; see MatchRule.cpp.
struct Moment {
    std::int64_t key = 0;
    int offsetMinutes = 0; // east of UTC, when hasOffset
    bool hasOffset = false;
};

// One '\'-separated alternative of a query value.
struct MatchTerm {
    enum class Kind { Literal, Pattern, Range };
    Kind kind = Kind::Literal;
    std::string text;           // Literal: the value; Pattern: wildcards (case-folded for PN)
    std::int64_t number = 0;    // Integer literal
    bool wholeNameOnly = false; // PN: the query names component groups itself
    std::optional<Moment> lower, upper;
    IndexPrefilter index; // this alternative's own condition: None, Equal or Range
};

} // namespace detail

// The C-FIND matching rules for one query key, shared by the cache listing and the Q/R SCP so
// that the two can never disagree.
//
// Stored values are expected the way the cache keeps them: UTF-8, trimmed, several values joined
// by '\' (always treated as a value separator, for every type), dates as YYYYMMDD.
//
// Choices where the standard leaves room:
// - A query value is split on '\' into alternatives (a list of UIDs, but also "CT\MR" or a list
//   of date ranges); empty alternatives are ignored, and an alternative of only '*' makes the
//   whole key universal.
// - '*' and '?' are wildcards for Text, Code and PersonName only. In a UID, date, time or integer
//   anything but a lone '*' is a parse error, as are ranges on integers.
// - A reversed range ("20201231-20200101") is a parse error, not a key that matches nothing: it
//   is almost always a typo. Time ranges crossing midnight are reversed ranges (PS3.4 does not
//   support them).
// - Partial times and date-times are ranges even as a single value: "0800" matches 08:00:00
//   through 08:00:59.999999. Stored partial values count as their earliest moment.
// - Date-times compare in UTC when both sides carry an offset and as written otherwise.
class MatchRule {
public:
    // Parses a query key value (UTF-8, as a C-FIND identifier or `-k KEY=VALUE` carries it).
    // Returns std::nullopt and sets *error (human-readable English) for invalid values, e.g. a
    // malformed date range.
    static std::optional<MatchRule> parse(std::string_view value, MatchType type,
                                          std::string* error = nullptr);

    bool isUniversal() const { return universal_; } // matches everything, empty values included
    bool matches(std::string_view stored) const;
    // `storedIsMultiValued`: the column may hold several '\'-joined values, so Equal/Range on the
    // whole column would be wrong. For other columns the filter assumes the column holds no '\',
    // and for dates that they are stored as YYYYMMDD (matches() also takes "YYYY.MM.DD").
    IndexPrefilter prefilter(bool storedIsMultiValued) const;
    MatchType type() const { return type_; }

private:
    explicit MatchRule(MatchType type)
        : type_(type) {}
    bool matchesValue(std::string_view value) const;
    bool matchesName(std::string_view value, bool foldAscii) const;

    MatchType type_;
    bool universal_ = false;
    std::vector<detail::MatchTerm> terms_; // alternatives: any of them matching is a match
};

} // namespace pellucid
