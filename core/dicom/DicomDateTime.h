#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pellucid {

// DICOM's date and time value representations (PS3.5 6.2: DA, TM, DT): parsing, padding a partial
// value into the range it names, and the forms shown to the user. C-FIND matching
// (core/query/MatchRule) and every display of a date read them here.

// PS3.5 6.2 (DT): offsets from UTC run from -12:00 to +14:00.
constexpr int kMinUtcOffsetMinutes = -12 * 60;
constexpr int kMaxUtcOffsetMinutes = 14 * 60;

struct DateTimeParts {
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0;
    // How many components the value spells out: 1 year, 2 month, ... 6 second, 7 fraction.
    int precision = 0;
    int fractionDigits = 0;
    bool hasOffset = false;
    int offsetMinutes = 0;
};

// Fills the missing components with their first (Low) or last (High) possible value, so that a
// partial value becomes the range of moments it names.
enum class DateTimePad { Low, High };
DateTimeParts padded(DateTimeParts p, DateTimePad pad);

int daysInMonth(int year, int month);
// Days since 1970-01-01 in the proleptic Gregorian calendar.
std::int64_t daysFromCivil(int year, int month, int day);

// TM: "HH[MM[SS[.F{1,6}]]]", or the ACR-NEMA "HH:MM[:SS[.F{1,6}]]".
std::optional<DateTimeParts> parseDicomTime(std::string_view s);
// DA: "YYYYMMDD", or the ACR-NEMA "YYYY.MM.DD"; as the number YYYYMMDD. `strict` also checks the
// calendar; stored values only need to be comparable.
std::optional<int> parseDicomDate(std::string_view s, bool strict);
// DT: "YYYY[MM[DD[HH[MM[SS[.F{1,6}]]]]]][&ZZXX]".
std::optional<DateTimeParts> parseDicomDateTime(std::string_view s, bool strict);
// "YYYYMMDDHHMMSS.FFFFFF"; `minimal` drops the trailing components that hold their first value,
// giving the shortest stored form that denotes the same (earliest) moment.
std::string formatDicomDateTime(const DateTimeParts& p, bool minimal);
// Moves a padded value by whole minutes; false when it leaves the years DT can spell.
bool shiftMinutes(DateTimeParts& p, int minutes);

// The forms shown to the user, everywhere (lists, PACS results, viewer corners): ISO 8601 order,
// unambiguous in every language. Values that are not well-formed are shown as they are.
std::string displayDate(std::string_view da);     // "20240102" -> "2024-01-02"
std::string displayTime(std::string_view tm);     // "101530.123" -> "10:15:30"
std::string displayDateTime(std::string_view dt); // "20240102101530" -> "2024-01-02 10:15:30"

} // namespace pellucid
