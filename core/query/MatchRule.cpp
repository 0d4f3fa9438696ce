#include "core/query/MatchRule.h"

#include <QString>

#include <algorithm>
#include <charconv>

namespace pellucid {
namespace {

using detail::MatchTerm;
using detail::Moment;

// Moments are encoded as ((minutes * 61 + second) * 1e6 + microsecond): seconds run 00-60 (leap
// second), so a minute has 61 slots and "the last instant of a minute" (second 60, .999999) still
// sorts before the next minute. Minutes are linear, so an offset from UTC is a plain subtraction.
constexpr std::int64_t kMicros = 1'000'000;
constexpr std::int64_t kMinute = 61 * kMicros;
constexpr int kMinutesPerDay = 24 * 60;
// PS3.5 offsets run from -12:00 to +14:00.
constexpr int kMinOffset = -12 * 60;
constexpr int kMaxOffset = 14 * 60;

constexpr std::size_t npos = std::string_view::npos;

std::string_view trimPadding(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\0'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
        s.remove_suffix(1);
    return s;
}

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

int toInt(std::string_view digits) {
    int v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    return v;
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

// --- Calendar --------------------------------------------------------------------------------

bool isLeapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, day 0 = 1970-01-01).
std::int64_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, int& y, int& m, int& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

// --- Date, time and date-time values ---------------------------------------------------------

// Precision: how many components a value spells out; the rest is padding.
enum Precision { Year = 1, Month, Day, Hour, Minute, Second, Fraction };

struct Parts {
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0;
    int precision = 0;
    int fractionDigits = 0;
    bool hasOffset = false;
    int offsetMinutes = 0;
};

// Fills the missing components with their first (Low) or last (High) possible value, so that a
// partial value becomes the range of moments it names.
enum class Pad { Low, High };

Parts padded(Parts p, Pad pad) {
    if (pad == Pad::High) {
        if (p.precision < Month)
            p.month = 12;
        if (p.precision < Day)
            p.day = daysInMonth(p.year, p.month);
        if (p.precision < Hour)
            p.hour = 23;
        if (p.precision < Minute)
            p.minute = 59;
        if (p.precision < Second)
            p.second = 60;
        if (p.precision < Fraction) {
            p.micro = 999999;
        } else {
            int unit = 1;
            for (int i = p.fractionDigits; i < 6; ++i)
                unit *= 10;
            p.micro += unit - 1;
        }
    }
    p.precision = Fraction;
    p.fractionDigits = 6;
    return p;
}

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

// "HHMMSS.F{1,6}" from `pos` of `s`, any trailing part missing; `p.precision` says what was there.
bool parseClock(std::string_view s, Parts& p) {
    auto two = [&](std::size_t at, int& out, int max) {
        if (s.size() < at + 2 || !isDigit(s[at]) || !isDigit(s[at + 1]))
            return false;
        out = toInt(s.substr(at, 2));
        return out <= max;
    };
    if (!two(0, p.hour, 23))
        return false;
    p.precision = Hour;
    if (s.size() == 2)
        return true;
    if (!two(2, p.minute, 59))
        return false;
    p.precision = Minute;
    if (s.size() == 4)
        return true;
    if (!two(4, p.second, 60))
        return false;
    p.precision = Second;
    if (s.size() == 6)
        return true;
    const std::string_view fraction = s.substr(std::min<std::size_t>(7, s.size()));
    if (s[6] != '.' || fraction.size() > 6 || !isDigits(fraction))
        return false;
    p.micro = toInt(fraction);
    for (std::size_t i = fraction.size(); i < 6; ++i)
        p.micro *= 10;
    p.fractionDigits = static_cast<int>(fraction.size());
    p.precision = Fraction;
    return true;
}

// TM: "HH[MM[SS[.F{1,6}]]]", or the ACR-NEMA "HH:MM[:SS[.F{1,6}]]".
std::optional<Parts> parseTime(std::string_view s) {
    Parts p;
    if (s.size() > 2 && s[2] == ':') {
        // Copy without the colons into a fixed buffer: this runs on every stored row.
        char buffer[13];
        if (s.size() != 5 && (s.size() < 8 || s[5] != ':'))
            return std::nullopt;
        if (s.size() - (s.size() > 5 ? 2 : 1) > sizeof buffer)
            return std::nullopt;
        std::size_t n = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (i == 2 || i == 5)
                continue;
            if (s[i] == ':')
                return std::nullopt;
            buffer[n++] = s[i];
        }
        if (!parseClock(std::string_view(buffer, n), p))
            return std::nullopt;
        return p;
    }
    if (!parseClock(s, p))
        return std::nullopt;
    return p;
}

// DA: "YYYYMMDD", or the ACR-NEMA "YYYY.MM.DD"; as the number YYYYMMDD. `strict` also checks the
// calendar; stored values only need to be comparable.
std::optional<int> parseDate(std::string_view s, bool strict) {
    char digits[8];
    if (s.size() == 10 && s[4] == '.' && s[7] == '.') {
        std::copy_n(s.begin(), 4, digits);
        std::copy_n(s.begin() + 5, 2, digits + 4);
        std::copy_n(s.begin() + 8, 2, digits + 6);
    } else if (s.size() == 8) {
        std::copy_n(s.begin(), 8, digits);
    } else {
        return std::nullopt;
    }
    const std::string_view d(digits, 8);
    if (!isDigits(d))
        return std::nullopt;
    const int year = toInt(d.substr(0, 4)), month = toInt(d.substr(4, 2)),
              day = toInt(d.substr(6, 2));
    if (strict && (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)))
        return std::nullopt;
    return year * 10000 + month * 100 + day;
}

// DT: "YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX]".
std::optional<Parts> parseDateTime(std::string_view s, bool strict) {
    Parts p;
    const std::size_t sign = s.find_last_of("+-");
    if (sign != npos) {
        const std::string_view offset = s.substr(sign + 1);
        if (sign < 4 || offset.size() != 4 || !isDigits(offset))
            return std::nullopt;
        const int hours = toInt(offset.substr(0, 2)), minutes = toInt(offset.substr(2));
        if (minutes > 59)
            return std::nullopt;
        p.offsetMinutes = (s[sign] == '-' ? -1 : 1) * (hours * 60 + minutes);
        if (p.offsetMinutes < kMinOffset || p.offsetMinutes > kMaxOffset)
            return std::nullopt;
        p.hasOffset = true;
        s = s.substr(0, sign);
    }
    if (s.size() < 4 || !isDigits(s.substr(0, 4)))
        return std::nullopt;
    p.year = toInt(s.substr(0, 4));
    p.precision = Year;
    auto two = [&](std::size_t at, int& out, int min, int max, Precision precision) {
        if (s.size() < at + 2 || !isDigit(s[at]) || !isDigit(s[at + 1]))
            return false;
        out = toInt(s.substr(at, 2));
        p.precision = precision;
        return out >= min && out <= max;
    };
    if (s.size() == 4)
        return p;
    if (!two(4, p.month, 1, 12, Month))
        return std::nullopt;
    if (s.size() == 6)
        return p;
    if (!two(6, p.day, 1, strict ? daysInMonth(p.year, p.month) : 31, Day))
        return std::nullopt;
    if (s.size() == 8)
        return p;
    if (!parseClock(s.substr(8), p))
        return std::nullopt;
    return p;
}

std::string twoDigits(int v) {
    return {char('0' + v / 10), char('0' + v % 10)};
}

// "YYYYMMDDHHMMSS.FFFFFF"; `minimal` drops the trailing components that hold their first value,
// giving the shortest stored form that denotes the same (earliest) moment.
std::string formatDateTime(const Parts& p, bool minimal) {
    std::string s = twoDigits(p.year / 100) + twoDigits(p.year % 100);
    std::string tail[] = {twoDigits(p.month),  twoDigits(p.day),
                          twoDigits(p.hour),   twoDigits(p.minute),
                          twoDigits(p.second), "." + std::to_string(1000000 + p.micro).substr(1)};
    int keep = 6;
    if (minimal) {
        std::string& fraction = tail[5];
        while (fraction.size() > 1 && fraction.back() == '0')
            fraction.pop_back();
        const bool isFirst[] = {p.month == 1,  p.day == 1,    p.hour == 0,
                                p.minute == 0, p.second == 0, fraction.size() == 1};
        while (keep > 0 && isFirst[keep - 1])
            --keep;
    }
    for (int i = 0; i < keep; ++i)
        s += tail[i];
    return s;
}

// Moves a padded value by whole minutes; false when it leaves the years DT can spell.
bool shiftMinutes(Parts& p, int minutes) {
    const std::int64_t total =
        daysFromCivil(p.year, p.month, p.day) * kMinutesPerDay + p.hour * 60 + p.minute + minutes;
    std::int64_t days = total / kMinutesPerDay, rest = total % kMinutesPerDay;
    if (rest < 0) {
        rest += kMinutesPerDay;
        --days;
    }
    civilFromDays(days, p.year, p.month, p.day);
    p.hour = static_cast<int>(rest / 60);
    p.minute = static_cast<int>(rest % 60);
    return p.year >= 0 && p.year <= 9999;
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
        const auto date = parseDate(text, true);
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
        const auto time = parseTime(text);
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
        if (!left.empty() && !(l = parseDateTime(left, true)))
            continue;
        if (!right.empty() && !(u = parseDateTime(right, true)))
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
        if (const auto single = parseDateTime(s, true)) {
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
            lowerIndex = formatDateTime(p, true);
    }
    if (upper) {
        Parts p = padded(*upper, Pad::High);
        term.upper = momentOf(p, true);
        const int shift = p.hasOffset ? std::max(0, kMaxOffset - p.offsetMinutes) : 0;
        // "\xFF": a stored value equal to the bound may still carry an offset suffix.
        if (shiftMinutes(p, shift))
            upperIndex = formatDateTime(p, false) + "\xFF";
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
        const auto date = parseDate(value, false);
        return anyRange(date ? std::optional<Moment>(Moment{*date, 0, false}) : std::nullopt);
    }
    case MatchType::Time: {
        const auto time = parseTime(value);
        return anyRange(time ? std::optional<Moment>(momentOf(padded(*time, Pad::Low), false))
                             : std::nullopt);
    }
    case MatchType::DateTime: {
        const auto dateTime = parseDateTime(value, false);
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
