#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <charconv>
#include <vector>

namespace pellucid {
namespace {

bool isPadding(char c) {
    return c == ' ' || c == '\0';
}

// "SMITH^JOHN^^^=" and "SMITH^JOHN" are the same name (PS3.5 6.2.1): drop the empty trailing
// components and groups so that matching and display see one form.
std::string normalizePersonName(std::string_view value) {
    std::string out;
    std::size_t start = 0;
    for (bool first = true; start <= value.size(); first = false) {
        const std::size_t end = std::min(value.find('\\', start), value.size());
        std::string name(value.substr(start, end - start));
        std::vector<std::string> groups;
        std::size_t g = 0;
        for (;;) {
            const std::size_t eq = name.find('=', g);
            std::string group = name.substr(g, eq == std::string::npos ? eq : eq - g);
            while (!group.empty() && (group.back() == '^' || group.back() == ' '))
                group.pop_back();
            groups.push_back(std::move(group));
            if (eq == std::string::npos)
                break;
            g = eq + 1;
        }
        while (!groups.empty() && groups.back().empty())
            groups.pop_back();
        if (!first)
            out.push_back('\\');
        for (std::size_t i = 0; i < groups.size(); ++i)
            out += (i ? "=" : "") + groups[i];
        start = end + 1;
    }
    return out;
}

} // namespace

std::string_view trimPadding(std::string_view v) {
    while (!v.empty() && isPadding(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && isPadding(v.back()))
        v.remove_suffix(1);
    return v;
}

std::vector<std::string_view> splitValue(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = s.find(separator, start);
        parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::string trimDicomValues(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    std::size_t start = 0;
    bool first = true;
    while (start <= value.size()) {
        const std::size_t end = std::min(value.find('\\', start), value.size());
        if (!first)
            out.push_back('\\');
        out.append(trimPadding(value.substr(start, end - start)));
        first = false;
        start = end + 1;
    }
    while (!out.empty() && out.back() == '\\')
        out.pop_back();
    return out;
}

DicomText::DicomText(DcmItem& item, DicomCharset charset)
    : item_(item)
    , charset_(std::move(charset)) {}

DicomCharset DicomText::charsetOf(DcmItem& item, const DicomCharset& inherited) {
    DcmElement* element = nullptr;
    if (item.findAndGetElement(DCM_SpecificCharacterSet, element, OFFalse).good() && element) {
        OFString value;
        if (element->getOFStringArray(value).good())
            return DicomCharset::fromSpecificCharacterSet(
                std::string_view(value.c_str(), value.length()));
    }
    return inherited;
}

std::string DicomText::raw(const DcmTagKey& tag) const {
    DcmElement* element = nullptr;
    if (item_.findAndGetElement(tag, element, OFFalse).bad() || !element)
        return {};
    OFString value;
    if (element->getOFStringArray(value).bad())
        return {};
    return std::string(value.c_str(), value.length());
}

std::string DicomText::text(const DcmTagKey& tag) const {
    const std::string bytes = raw(tag);
    if (bytes.empty())
        return {};
    DcmElement* element = nullptr;
    item_.findAndGetElement(tag, element, OFFalse);
    const bool personName = element && element->ident() == EVR_PN;
    const std::string decoded = trimDicomValues(charset_.toUtf8(bytes, personName));
    return personName ? trimDicomValues(normalizePersonName(decoded)) : decoded;
}

std::string DicomText::code(const DcmTagKey& tag) const {
    return trimDicomValues(raw(tag));
}

std::string DicomText::date(const DcmTagKey& tag) const {
    std::string value = code(tag);
    // ACR-NEMA 2.0 wrote dates as YYYY.MM.DD; DICOM allows reading them (PS3.5 6.2 note).
    if (value.size() == 10 && value[4] == '.' && value[7] == '.')
        value = value.substr(0, 4) + value.substr(5, 2) + value.substr(8, 2);
    return value;
}

std::optional<long long> DicomText::integer(const DcmTagKey& tag) const {
    DcmElement* element = nullptr;
    if (item_.findAndGetElement(tag, element, OFFalse).bad() || !element || element->getVM() == 0)
        return std::nullopt;
    switch (element->ident()) {
    case EVR_US: {
        Uint16 v = 0;
        return element->getUint16(v).good() ? std::optional<long long>(v) : std::nullopt;
    }
    case EVR_UL: {
        Uint32 v = 0;
        return element->getUint32(v).good() ? std::optional<long long>(v) : std::nullopt;
    }
    case EVR_SS: {
        Sint16 v = 0;
        return element->getSint16(v).good() ? std::optional<long long>(v) : std::nullopt;
    }
    case EVR_SL: {
        Sint32 v = 0;
        return element->getSint32(v).good() ? std::optional<long long>(v) : std::nullopt;
    }
    default:
        break;
    }
    // IS (and anything textual): parse the first value ourselves; DCMTK's parser accepts less.
    std::string first = code(tag);
    first = first.substr(0, first.find('\\'));
    if (!first.empty() && first.front() == '+')
        first.erase(0, 1);
    long long v = 0;
    const auto [end, ec] = std::from_chars(first.data(), first.data() + first.size(), v);
    if (ec != std::errc() || end != first.data() + first.size() || first.empty())
        return std::nullopt;
    return v;
}

} // namespace pellucid
