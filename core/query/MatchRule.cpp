#include "core/query/MatchRule.h"

#include "core/dicom/DicomDateTime.h"
#include "core/dicom/DicomText.h"

#include <QString>

#include <algorithm>
#include <charconv>

namespace pellucid {
namespace {

using detail::MatchTerm;
using detail::Moment;
using Parts = DateTimeParts;
using Pad = DateTimePad;

// Moments are encoded as ((minutes * 61 + second) * 1e6 + microsecond): seconds run 00-60 (leap
// second), so a minute has 61 slots and "the last instant of a minute" (second 60, .999999) still
// sorts before the next minute. Minutes are linear, so an offset from UTC is a plain subtraction.
constexpr std::int64_t kMicros = 1'000'000;
constexpr std::int64_t kMinute = 61 * kMicros;
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMinOffset = kMinUtcOffsetMinutes;
constexpr int kMaxOffset = kMaxUtcOffsetMinutes;

constexpr std::size_t npos = std::string_view::npos;

// Calls `f` on each `sep`-separated part until it returns true; no allocation, as matches() runs
// on every candidate row.
template <typename F> bool anyPart(std::string_view s, char sep, F&& f) {
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = s.find(sep, start);
        if (f(s.substr(start, end == npos ? npos : end - start)))
            return true;
        if (end == npos)
            return false;
        start = end + 1;
    }
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

bool hasWildcard(std::string_view s) {
    return s.find_first_of("*?") != npos;
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// --- Moments ---------------------------------------------------------------------------------

Moment momentOf(const Parts& p, bool withDate) {
    const std::int64_t days = withDate ? daysFromCivil(p.year, p.month, p.day) : 0;
    const std::int64_t minutes = days * kMinutesPerDay + p.hour * 60 + p.minute;
    return {minutes * kMinute + p.second * kMicros + p.micro, p.offsetMinutes, p.hasOffset};
}

int compareMoments(const Moment& a, const Moment& b) {
    std::int64_t x = a.key, y = b.key;
    if (a.hasOffset && b.hasOffset) {
        x -= a.offsetMinutes * kMinute;
        y -= b.offsetMinutes * kMinute;
    }
    return x < y ? -1 : (x > y ? 1 : 0);
}

// --- Integers --------------------------------------------------------------------------------

std::optional<std::int64_t> parseInteger(std::string_view s) {
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    const std::string_view digits = !s.empty() && s.front() == '-' ? s.substr(1) : s;
    if (!isDigits(digits))
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

// --- Wildcards -------------------------------------------------------------------------------

std::size_t codePointLength(char lead) {
    const auto c = static_cast<unsigned char>(lead);
    if (c >= 0xF0 && c < 0xF8)
        return 4;
    if (c >= 0xE0 && c < 0xF0)
        return 3;
    if (c >= 0xC0 && c < 0xE0)
        return 2;
    return 1; // ASCII, or a stray byte of invalid UTF-8
}

char foldAsciiChar(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// '*' any sequence, '?' one code point. Literals compare byte-wise, which is sound for UTF-8 as
// long as '?' and the backtracking after '*' always step over whole code points. Greedy with
// backtracking to the last '*' only: O(pattern * value) at worst, no allocation.
template <bool FoldAscii> bool wildcardMatch(std::string_view pattern, std::string_view s) {
    std::size_t p = 0, i = 0, starP = npos, starI = 0;
    while (i < s.size()) {
        if (p < pattern.size()) {
            const char c = pattern[p];
            if (c == '*') {
                starP = ++p;
                starI = i;
                continue;
            }
            if (c == '?') {
                ++p;
                i = std::min(s.size(), i + codePointLength(s[i]));
                continue;
            }
            if (c == (FoldAscii ? foldAsciiChar(s[i]) : s[i])) {
                ++p;
                ++i;
                continue;
            }
        }
        if (starP == npos)
            return false;
        p = starP;
        starI = std::min(s.size(), starI + codePointLength(s[starI]));
        i = starI;
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

std::string collapseStars(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '*' || out.empty() || out.back() != '*')
            out.push_back(c);
    return out;
}

std::string foldCase(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()))
        .toCaseFolded()
        .toStdString();
}

IndexPrefilter equalFilter(std::string value) {
    IndexPrefilter f;
    f.kind = IndexPrefilter::Kind::Equal;
    f.values.push_back(std::move(value));
    return f;
}

IndexPrefilter rangeFilter(std::optional<std::string> lower, std::optional<std::string> upper) {
    IndexPrefilter f;
    f.kind = IndexPrefilter::Kind::Range;
    f.lower = std::move(lower);
    f.upper = std::move(upper);
    return f;
}

// --- Parsing one alternative ----------------------------------------------------------------
// Each returns false with `message` set when the alternative is not valid for its type.

bool parseTextTerm(std::string_view s, MatchTerm& term, std::string&) {
    if (!hasWildcard(s)) {
        term.text = std::string(s);
        term.index = equalFilter(term.text);
        return true;
    }
    term.kind = MatchTerm::Kind::Pattern;
    term.text = collapseStars(s);
    // UTF-8 never contains the byte 0xFF, so every value starting with the prefix sorts below
    // prefix + "\xFF".
    const std::string prefix = term.text.substr(0, term.text.find_first_of("*?"));
    if (!prefix.empty())
        term.index = rangeFilter(prefix, prefix + "\xFF");
    return true;
}

bool parseNameTerm(std::string_view s, MatchTerm& term, std::string&) {
    // Always a pattern: the matcher also does exact comparison, on case-folded text.
    term.kind = MatchTerm::Kind::Pattern;
    term.text = collapseStars(foldCase(s));
    term.wholeNameOnly = s.find('=') != npos;
    return true;
}

bool parseUidTerm(std::string_view s, MatchTerm& term, std::string& message) {
    if (hasWildcard(s)) {
        message = "wildcards are not allowed in UIDs: " + quoted(s);
        return false;
    }
    term.text = std::string(s);
    term.index = equalFilter(term.text);
    return true;
}

bool parseIntegerTerm(std::string_view s, MatchTerm& term, std::string& message) {
    const auto number = parseInteger(s);
    if (!number) {
        const std::string_view magnitude = s[0] == '-' || s[0] == '+' ? s.substr(1) : s;
        if (hasWildcard(s))
            message = "wildcards are not allowed in integers: ";
        else if (isDigits(magnitude))
            message = "integer out of range: ";
        else if (magnitude.find('-') != npos)
            message = "ranges are not supported for integers: ";
        else
            message = "not an integer: ";
        message += quoted(s);
        return false;
    }
    term.number = *number;
    term.text = std::to_string(*number);
    term.index = equalFilter(term.text);
    return true;
}

// DA and TM: "a", "a-b", "-b" or "a-"; a single value is both bounds.
bool splitBounds(std::string_view s, const char* what, std::string_view& lower,
                 std::string_view& upper, std::string& message) {
    if (hasWildcard(s)) {
        message = std::string("wildcards are not allowed in ") + what + "s: " + quoted(s);
        return false;
    }
    const std::size_t dash = s.find('-');
    if (dash == npos) {
        lower = upper = s;
        return true;
    }
    if (s.find('-', dash + 1) != npos) {
        message = std::string("not a ") + what + " range: " + quoted(s);
        return false;
    }
    lower = trimPadding(s.substr(0, dash));
    upper = trimPadding(s.substr(dash + 1));
    if (lower.empty() && upper.empty()) {
        message = std::string("a ") + what + " range needs at least one bound";
        return false;
    }
    return true;
}

bool parseDateTerm(std::string_view s, MatchTerm& term, std::string& message) {
    std::string_view lowerText, upperText;
    if (!splitBounds(s, "date", lowerText, upperText, message))
        return false;
    term.kind = MatchTerm::Kind::Range;
    std::optional<std::string> lowerIndex, upperIndex;
    auto bound = [&](std::string_view text, std::optional<Moment>& moment,
                     std::optional<std::string>& index) {
        if (text.empty())
            return true;
        const auto date = parseDicomDate(text, true);
        if (!date) {
            message = "not a valid date (YYYYMMDD): " + quoted(text);
            return false;
        }
        moment = Moment{*date, 0, false};
        index = std::to_string(*date + 100000000).substr(1); // zero-padded YYYYMMDD
        return true;
    };
    if (!bound(lowerText, term.lower, lowerIndex) || !bound(upperText, term.upper, upperIndex))
        return false;
    if (term.lower && term.upper && term.lower->key > term.upper->key) {
        message = "the date range " + quoted(s) + " ends before it starts";
        return false;
    }
    term.index =
        lowerText == upperText ? equalFilter(*lowerIndex) : rangeFilter(lowerIndex, upperIndex);
    return true;
}

bool parseTimeTerm(std::string_view s, MatchTerm& term, std::string& message) {
    std::string_view lowerText, upperText;
    if (!splitBounds(s, "time", lowerText, upperText, message))
        return false;
    term.kind = MatchTerm::Kind::Range;
    auto bound = [&](std::string_view text, std::optional<Moment>& moment, Pad pad) {
        if (text.empty())
            return true;
        const auto time = parseDicomTime(text);
        if (!time) {
            message = "not a valid time (HHMMSS.FFFFFF): " + quoted(text);
            return false;
        }
        moment = momentOf(padded(*time, pad), false);
        return true;
    };
    if (!bound(lowerText, term.lower, Pad::Low) || !bound(upperText, term.upper, Pad::High))
        return false;
    if (term.lower && term.upper && term.lower->key > term.upper->key) {
        message = "the time range " + quoted(s) +
                  " ends before it starts (ranges across midnight are not supported)";
        return false;
    }
    // No index condition: stored times come truncated or in the ACR-NEMA form, which do not
    // sort with the bounds.
    return true;
}

bool parseDateTimeTerm(std::string_view s, MatchTerm& term, std::string& message) {
    if (hasWildcard(s)) {
        message = "wildcards are not allowed in date-times: " + quoted(s);
        return false;
    }
    term.kind = MatchTerm::Kind::Range;
    // '-' separates a range but also starts a negative UTC offset, so try each '-' as the
    // separator, then none; the first reading whose halves parse and are in order wins
    // ("0500-1200" is a range of years, not the year 500 at UTC-12).
    std::optional<Parts> lower, upper;
    bool reversed = false, found = false;
    for (std::size_t dash = s.find('-'); dash != npos && !found; dash = s.find('-', dash + 1)) {
        const std::string_view left = trimPadding(s.substr(0, dash)),
                               right = trimPadding(s.substr(dash + 1));
        if (left.empty() && right.empty())
            continue;
        std::optional<Parts> l, u;
        if (!left.empty() && !(l = parseDicomDateTime(left, true)))
            continue;
        if (!right.empty() && !(u = parseDicomDateTime(right, true)))
            continue;
        if (l && u &&
            compareMoments(momentOf(padded(*l, Pad::Low), true),
                           momentOf(padded(*u, Pad::High), true)) > 0) {
            reversed = true;
            continue;
        }
        lower = l;
        upper = u;
        found = true;
    }
    if (!found) {
        if (const auto single = parseDicomDateTime(s, true)) {
            lower = upper = single;
            found = true;
        }
    }
    if (!found) {
        message = reversed ? "the date-time range " + quoted(s) + " ends before it starts"
                           : "not a valid date-time or date-time range "
                             "(YYYYMMDDHHMMSS.FFFFFF&ZZXX): " +
                                 quoted(s);
        return false;
    }
    // Stored values may be truncated ("2020" is the first moment of 2020), so the lower index
    // bound is the shortest spelling of the lower bound. Against an offset bound a stored value
    // matches through its own offset, up to 26 hours away, so those bounds are widened.
    std::optional<std::string> lowerIndex, upperIndex;
    if (lower) {
        Parts p = padded(*lower, Pad::Low);
        term.lower = momentOf(p, true);
        const int shift = p.hasOffset ? std::min(0, kMinOffset - p.offsetMinutes) : 0;
        if (shiftMinutes(p, shift))
            lowerIndex = formatDicomDateTime(p, true);
    }
    if (upper) {
        Parts p = padded(*upper, Pad::High);
        term.upper = momentOf(p, true);
        const int shift = p.hasOffset ? std::max(0, kMaxOffset - p.offsetMinutes) : 0;
        // "\xFF": a stored value equal to the bound may still carry an offset suffix.
        if (shiftMinutes(p, shift))
            upperIndex = formatDicomDateTime(p, false) + "\xFF";
    }
    if (lowerIndex || upperIndex)
        term.index = rangeFilter(lowerIndex, upperIndex);
    return true;
}

} // namespace

std::optional<MatchRule> MatchRule::parse(std::string_view value, MatchType type,
                                          std::string* error) {
    MatchRule rule(type);
    std::string message;
    const bool bad = anyPart(value, '\\', [&](std::string_view part) {
        const std::string_view s = trimPadding(part);
        if (s.empty())
            return false;
        if (s.find_first_not_of('*') == npos) {
            rule.universal_ = true;
            return false;
        }
        MatchTerm term;
        bool ok = false;
        switch (type) {
        case MatchType::Text:
        case MatchType::Code:
            ok = parseTextTerm(s, term, message);
            break;
        case MatchType::PersonName:
            ok = parseNameTerm(s, term, message);
            break;
        case MatchType::Uid:
            ok = parseUidTerm(s, term, message);
            break;
        case MatchType::Integer:
            ok = parseIntegerTerm(s, term, message);
            break;
        case MatchType::Date:
            ok = parseDateTerm(s, term, message);
            break;
        case MatchType::Time:
            ok = parseTimeTerm(s, term, message);
            break;
        case MatchType::DateTime:
            ok = parseDateTimeTerm(s, term, message);
            break;
        }
        if (ok)
            rule.terms_.push_back(std::move(term));
        return !ok;
    });
    if (bad) {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    }
    if (rule.universal_ || rule.terms_.empty()) {
        rule.universal_ = true;
        rule.terms_.clear();
    }
    return rule;
}

// --- Matching --------------------------------------------------------------------------------

bool MatchRule::matches(std::string_view stored) const {
    if (universal_)
        return true;
    if (type_ == MatchType::PersonName) {
        // ASCII names, by far the most common, are folded on the fly without allocating.
        if (isAscii(stored))
            return anyPart(stored, '\\',
                           [this](std::string_view v) { return matchesName(v, true); });
        const std::string folded = foldCase(stored);
        return anyPart(folded, '\\', [this](std::string_view v) { return matchesName(v, false); });
    }
    return anyPart(stored, '\\', [this](std::string_view v) { return matchesValue(v); });
}

bool MatchRule::matchesName(std::string_view value, bool foldAscii) const {
    auto match = [foldAscii](const std::string& pattern, std::string_view s) {
        return foldAscii ? wildcardMatch<true>(pattern, s) : wildcardMatch<false>(pattern, s);
    };
    const bool hasGroups = value.find('=') != npos;
    for (const MatchTerm& term : terms_) {
        if (match(term.text, value))
            return true;
        // Without '=' the query may name any one representation (alphabetic, ideographic,
        // phonetic) of the stored name.
        if (hasGroups && !term.wholeNameOnly &&
            anyPart(value, '=', [&](std::string_view group) { return match(term.text, group); }))
            return true;
    }
    return false;
}

bool MatchRule::matchesValue(std::string_view value) const {
    auto inRange = [](const MatchTerm& term, const Moment& m) {
        return (!term.lower || compareMoments(*term.lower, m) <= 0) &&
               (!term.upper || compareMoments(m, *term.upper) <= 0);
    };
    auto anyRange = [&](const std::optional<Moment>& m) {
        return m && std::any_of(terms_.begin(), terms_.end(),
                                [&](const MatchTerm& term) { return inRange(term, *m); });
    };
    switch (type_) {
    case MatchType::PersonName: // matches() folds the case first and calls matchesName()
        return false;
    case MatchType::Text:
    case MatchType::Code:
    case MatchType::Uid:
        return std::any_of(terms_.begin(), terms_.end(), [&](const MatchTerm& term) {
            return term.kind == MatchTerm::Kind::Literal ? value == term.text
                                                         : wildcardMatch<false>(term.text, value);
        });
    case MatchType::Integer: {
        const auto number = parseInteger(value);
        return number && std::any_of(terms_.begin(), terms_.end(),
                                     [&](const MatchTerm& term) { return term.number == *number; });
    }
    case MatchType::Date: {
        const auto date = parseDicomDate(value, false);
        return anyRange(date ? std::optional<Moment>(Moment{*date, 0, false}) : std::nullopt);
    }
    case MatchType::Time: {
        const auto time = parseDicomTime(value);
        return anyRange(time ? std::optional<Moment>(momentOf(padded(*time, Pad::Low), false))
                             : std::nullopt);
    }
    case MatchType::DateTime: {
        const auto dateTime = parseDicomDateTime(value, false);
        return anyRange(dateTime
                            ? std::optional<Moment>(momentOf(padded(*dateTime, Pad::Low), true))
                            : std::nullopt);
    }
    }
    return false;
}

// --- Index prefilter -------------------------------------------------------------------------

IndexPrefilter MatchRule::prefilter(bool storedIsMultiValued) const {
    if (universal_ || storedIsMultiValued || terms_.empty())
        return {};
    // The alternatives' conditions joined: all points make an IN list, anything else the range
    // that spans every alternative.
    std::vector<std::string> points;
    bool anyRange = false, lowerOpen = false, upperOpen = false;
    std::optional<std::string> lower, upper;
    auto widen = [&](const std::optional<std::string>& l, const std::optional<std::string>& u) {
        if (!l)
            lowerOpen = true;
        else if (!lower || *l < *lower)
            lower = l;
        if (!u)
            upperOpen = true;
        else if (!upper || *u > *upper)
            upper = u;
    };
    for (const MatchTerm& term : terms_) {
        switch (term.index.kind) {
        case IndexPrefilter::Kind::None:
        case IndexPrefilter::Kind::In:
            return {};
        case IndexPrefilter::Kind::Equal:
            if (std::find(points.begin(), points.end(), term.index.values.front()) == points.end())
                points.push_back(term.index.values.front());
            break;
        case IndexPrefilter::Kind::Range:
            anyRange = true;
            widen(term.index.lower, term.index.upper);
            break;
        }
    }
    IndexPrefilter out;
    if (!anyRange) {
        out.kind = points.size() == 1 ? IndexPrefilter::Kind::Equal : IndexPrefilter::Kind::In;
        out.values = std::move(points);
        return out;
    }
    for (const std::string& point : points)
        widen(point, point);
    if (lowerOpen && upperOpen)
        return {};
    out.kind = IndexPrefilter::Kind::Range;
    if (!lowerOpen)
        out.lower = lower;
    if (!upperOpen)
        out.upper = upper;
    return out;
}

} // namespace pellucid
