#pragma once

#include "core/charset/DicomCharset.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class DcmItem;
class DcmTagKey;

namespace pellucid {

// Reads attribute values of one DCMTK item as the cache stores them: UTF-8, each value trimmed
// of padding, several values joined by '\'.
class DicomText {
public:
    DicomText(DcmItem& item, DicomCharset charset);

    // The item's own (0008,0005), or `inherited` when it has none (DICOMDIR records, sequences).
    static DicomCharset charsetOf(DcmItem& item, const DicomCharset& inherited = {});

    // PN, LO, SH, ST, LT, UT, UC: decoded through the Specific Character Set.
    std::string text(const DcmTagKey& tag) const;
    // CS, UI, AE, DA, TM, DT, AS, IS, DS: default repertoire, no decoding.
    std::string code(const DcmTagKey& tag) const;
    // DA, with the old ACR-NEMA "YYYY.MM.DD" form normalised to YYYYMMDD.
    std::string date(const DcmTagKey& tag) const;
    // IS, US, UL, SS, SL: the first value, or nothing when absent or not a number.
    std::optional<long long> integer(const DcmTagKey& tag) const;

private:
    std::string raw(const DcmTagKey& tag) const;

    DcmItem& item_;
    DicomCharset charset_;
};

// Trims spaces and NULs (DICOM padding, PS3.5 6.2) from both ends of one value.
std::string_view trimPadding(std::string_view value);

// The parts of `value` between `separator`s ('\\' between values, '=' between person-name
// groups, '^' between components), empty ones included.
std::vector<std::string_view> splitValue(std::string_view value, char separator);

// Trims each '\'-separated value of spaces and NULs (DICOM padding) and drops trailing empty
// values, so that "CT \MR " becomes "CT\MR".
std::string trimDicomValues(std::string_view value);

} // namespace pellucid
