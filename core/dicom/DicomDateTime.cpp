#include "core/dicom/DicomDateTime.h"

#include "core/dicom/DicomText.h"

#include <algorithm>

namespace pellucid {
namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr int kMinutesPerDay = 24 * 60;

// How many components a value spells out (DateTimeParts::precision); the rest is padding.
enum Precision { Year = 1, Month, Day, Hour, Minute, Second, Fraction };

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

bool isLeapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
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

// "HHMMSS.F{1,6}" from `pos` of `s`, any trailing part missing; `p.precision` says what was there.
bool parseClock(std::string_view s, DateTimeParts& p) {
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

std::string twoDigits(int v) {
    return {char('0' + v / 10), char('0' + v % 10)};
}

} // namespace

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

DateTimeParts padded(DateTimeParts p, DateTimePad pad) {
    if (pad == DateTimePad::High) {
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

std::optional<DateTimeParts> parseDicomTime(std::string_view s) {
    DateTimeParts p;
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

std::optional<int> parseDicomDate(std::string_view s, bool strict) {
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

std::optional<DateTimeParts> parseDicomDateTime(std::string_view s, bool strict) {
    DateTimeParts p;
    const std::size_t sign = s.find_last_of("+-");
    if (sign != npos) {
        const std::string_view offset = s.substr(sign + 1);
        if (sign < 4 || offset.size() != 4 || !isDigits(offset))
            return std::nullopt;
        const int hours = toInt(offset.substr(0, 2)), minutes = toInt(offset.substr(2));
        if (minutes > 59)
            return std::nullopt;
        p.offsetMinutes = (s[sign] == '-' ? -1 : 1) * (hours * 60 + minutes);
        if (p.offsetMinutes < kMinUtcOffsetMinutes || p.offsetMinutes > kMaxUtcOffsetMinutes)
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

std::string formatDicomDateTime(const DateTimeParts& p, bool minimal) {
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

bool shiftMinutes(DateTimeParts& p, int minutes) {
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

std::string displayDate(std::string_view da) {
    da = trimPadding(da);
    const bool digits = da.size() == 8 && da.find_first_not_of("0123456789") == std::string::npos;
    if (!digits)
        return std::string(da);
    return std::string(da.substr(0, 4)) + "-" + std::string(da.substr(4, 2)) + "-" +
           std::string(da.substr(6, 2));
}

std::string displayTime(std::string_view tm) {
    tm = trimPadding(tm);
    // Old ACR-NEMA times carry colons already; DICOM's are HH[MM[SS[.F]]].
    std::string digits;
    for (char c : tm.substr(0, tm.find('.')))
        if (c != ':')
            digits.push_back(c);
    if (digits.empty() || digits.size() % 2 || digits.size() > 6 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
        return std::string(tm);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); i += 2)
        out += (i ? ":" : "") + digits.substr(i, 2);
    return out;
}

std::string displayDateTime(std::string_view v) {
    if (v.size() <= 8)
        return displayDate(v);
    return displayDate(v.substr(0, 8)) + " " + displayTime(v.substr(8));
}

} // namespace pellucid
