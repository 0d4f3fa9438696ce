#include "core/charset/DicomCharset.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>

#include <iconv.h>

namespace pellucid {

namespace {

using CodeElement = DicomCharset::CodeElement;

constexpr unsigned char kEsc = 0x1B;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

unsigned char byteAt(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

bool isGraphic94(unsigned char b) {
    return b >= 0x21 && b <= 0x7E;
}
bool isGraphic94High(unsigned char b) {
    return b >= 0xA1 && b <= 0xFE;
}

bool isControlDelimiter(unsigned char b) {
    // PS3.5 6.1.2.5.3: TAB, LF, FF and CR always return to the initial designations.
    return b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D;
}

bool hasHighBytes(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return (c & 0x80) != 0; });
}

bool hasEscape(std::string_view s) {
    return s.find(static_cast<char>(kEsc)) != std::string_view::npos;
}

// --- UTF-8 ----------------------------------------------------------------------------------

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is ill-formed; `consumed` then
// holds the length of its maximal subpart, so that each broken sequence yields exactly one
// U+FFFD (the Unicode/WHATWG recommendation) and a following valid character survives.
std::size_t utf8SequenceAt(std::string_view s, std::size_t i, std::size_t& consumed) {
    const unsigned char b = byteAt(s, i);
    std::size_t need = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b < 0x80) {
        consumed = 1;
        return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0)
            lo = 0xA0; // overlong
        if (b == 0xED)
            hi = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0)
            lo = 0x90; // overlong
        if (b == 0xF4)
            hi = 0x8F; // beyond U+10FFFF
    } else {
        consumed = 1;
        return 0;
    }
    std::size_t j = i + 1;
    for (std::size_t k = 0; k < need; ++k, ++j) {
        if (j >= s.size() || byteAt(s, j) < lo || byteAt(s, j) > hi) {
            consumed = j - i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    consumed = j - i;
    return consumed;
}

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if ((byteAt(s, i) & 0x80) == 0) {
            ++i;
            continue;
        }
        std::size_t consumed = 0;
        if (utf8SequenceAt(s, i, consumed) == 0)
            return false;
        i += consumed;
    }
    return true;
}

void appendLossyUtf8(std::string_view s, std::string& out) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t consumed = 0;
        if (utf8SequenceAt(s, i, consumed) != 0)
            out.append(s.substr(i, consumed));
        else
            out.append(kReplacement);
        i += consumed;
    }
}

// --- iconv ----------------------------------------------------------------------------------

enum class Codec : std::uint8_t { EucJp, EucKr, Gb2312, Gb18030, Gbk, Count };

const char* iconvName(Codec codec) {
    switch (codec) {
    case Codec::EucJp:
        return "EUC-JP";
    case Codec::EucKr:
        return "EUC-KR";
    case Codec::Gb2312:
        return "GB2312";
    case Codec::Gb18030:
        return "GB18030";
    case Codec::Gbk:
        return "GBK";
    case Codec::Count:
        break;
    }
    return "";
}

const iconv_t kInvalidIconv = reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1));

// iconv descriptors carry conversion state and are not thread-safe, while iconv_open is far
// too slow to call per value; so every thread keeps its own, opened on first use.
class IconvCache {
public:
    IconvCache() { descriptors_.fill(nullptr); }
    IconvCache(const IconvCache&) = delete;
    IconvCache& operator=(const IconvCache&) = delete;
    ~IconvCache() {
        for (iconv_t cd : descriptors_) {
            if (cd != nullptr && cd != kInvalidIconv)
                iconv_close(cd);
        }
    }

    iconv_t get(Codec codec) {
        iconv_t& cd = descriptors_[static_cast<std::size_t>(codec)];
        if (cd == nullptr)
            cd = iconv_open("UTF-8", iconvName(codec));
        return cd;
    }

private:
    std::array<iconv_t, static_cast<std::size_t>(Codec::Count)> descriptors_{};
};

thread_local IconvCache t_iconv;

// Converts `in` with `cd`; a sequence iconv rejects becomes one U+FFFD and skips `unit` bytes
// (the fixed character width of the run, or 1 to resynchronise in variable-width encodings).
void iconvAppend(iconv_t cd, std::string_view in, std::size_t unit, std::string& out) {
    if (cd == kInvalidIconv) {
        for (std::size_t i = 0; i < in.size(); i += unit)
            out.append(kReplacement);
        return;
    }
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    // glibc's prototype takes char** although it never writes through the input.
    char* inPtr = const_cast<char*>(in.data());
    std::size_t inLeft = in.size();
    std::array<char, 512> buffer{};
    while (inLeft > 0) {
        char* outPtr = buffer.data();
        std::size_t outLeft = buffer.size();
        const std::size_t rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        out.append(buffer.data(), static_cast<std::size_t>(outPtr - buffer.data()));
        if (rc != static_cast<std::size_t>(-1) || errno == E2BIG)
            continue;
        out.append(kReplacement);
        const std::size_t skip = std::min(unit, inLeft);
        inPtr += skip;
        inLeft -= skip;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
}

void iconvAppend(Codec codec, std::string_view in, std::size_t unit, std::string& out) {
    iconvAppend(t_iconv.get(codec), in, unit, out);
}

// --- single-byte tables ----------------------------------------------------------------------

// UTF-8 of one code point; len 0 marks a byte the set does not define.
struct Utf8Char {
    std::array<char, 4> bytes{};
    std::uint8_t len = 0;
};
using HighHalfTable = std::array<Utf8Char, 128>; // bytes 0x80..0xFF

struct SingleByteSet {
    CodeElement element;
    const char* iconvName;
};

constexpr std::array<SingleByteSet, 11> kSingleByteSets{{
    {CodeElement::Latin1, "ISO-8859-1"},
    {CodeElement::Latin2, "ISO-8859-2"},
    {CodeElement::Latin3, "ISO-8859-3"},
    {CodeElement::Latin4, "ISO-8859-4"},
    {CodeElement::Cyrillic, "ISO-8859-5"},
    {CodeElement::Arabic, "ISO-8859-6"},
    {CodeElement::Greek, "ISO-8859-7"},
    {CodeElement::Hebrew, "ISO-8859-8"},
    {CodeElement::Latin5, "ISO-8859-9"},
    {CodeElement::Latin9, "ISO-8859-15"},
    {CodeElement::Thai, "TIS-620"},
}};

void fillTable(HighHalfTable& table, const char* name, unsigned first, unsigned last) {
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == kInvalidIconv)
        return;
    for (unsigned b = first; b <= last; ++b) {
        char in = static_cast<char>(b);
        char* inPtr = &in;
        std::size_t inLeft = 1;
        Utf8Char& entry = table[b - 0x80];
        char* outPtr = entry.bytes.data();
        std::size_t outLeft = entry.bytes.size();
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != static_cast<std::size_t>(-1))
            entry.len = static_cast<std::uint8_t>(entry.bytes.size() - outLeft);
    }
    iconv_close(cd);
}

// The tables are built once per process through iconv, so the per-byte hot path needs no
// descriptor at all.
const std::array<HighHalfTable, kSingleByteSets.size()>& singleByteTables() {
    static const auto tables = [] {
        std::array<HighHalfTable, kSingleByteSets.size()> result{};
        for (std::size_t i = 0; i < kSingleByteSets.size(); ++i) {
            // Only the G1 half is defined; the C1 range 0x80..0x9F holds control codes that
            // no DICOM text contains, so they decode as U+FFFD ...
            fillTable(result[i], kSingleByteSets[i].iconvName, 0xA0, 0xFF);
        }
        // ... except for Latin-1, where such bytes are almost always Windows-1252 text
        // mislabelled as ISO_IR 100 (curly quotes in names, the euro sign).
        fillTable(result[0], "CP1252", 0x80, 0x9F);
        return result;
    }();
    return tables;
}

const HighHalfTable* tableFor(CodeElement element) {
    for (std::size_t i = 0; i < kSingleByteSets.size(); ++i) {
        if (kSingleByteSets[i].element == element)
            return &singleByteTables()[i];
    }
    return nullptr;
}

void appendFromTable(const HighHalfTable& table, unsigned char b, std::string& out) {
    const Utf8Char& entry = table[b - 0x80];
    if (entry.len == 0)
        out.append(kReplacement);
    else
        out.append(entry.bytes.data(), entry.len);
}

void appendLatin1(std::string_view s, std::string& out) {
    const HighHalfTable& latin1 = *tableFor(CodeElement::Latin1);
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out += c;
        else
            appendFromTable(latin1, b, out);
    }
}

// --- ISO 2022 machine helpers ----------------------------------------------------------------

bool isMultiByte(CodeElement element) {
    return element == CodeElement::JisX0208 || element == CodeElement::JisX0212 ||
           element == CodeElement::KsX1001 || element == CodeElement::Gb2312;
}

struct Designation {
    bool g0 = false; // else G1
    CodeElement element = CodeElement::None;
};

// Escape sequences of PS3.3 Tables C.12-3 and C.12-4, keyed by the bytes after ESC.
Designation designationFor(std::string_view seq) {
    struct Entry {
        std::string_view seq;
        Designation designation;
    };
    static constexpr std::array<Entry, 19> kTable{{
        {"(B", {true, CodeElement::Ascii}},
        {"(J", {true, CodeElement::JisRomaji}},
        {")I", {false, CodeElement::JisKatakana}},
        {"-A", {false, CodeElement::Latin1}},
        {"-B", {false, CodeElement::Latin2}},
        {"-C", {false, CodeElement::Latin3}},
        {"-D", {false, CodeElement::Latin4}},
        {"-L", {false, CodeElement::Cyrillic}},
        {"-G", {false, CodeElement::Arabic}},
        {"-F", {false, CodeElement::Greek}},
        {"-H", {false, CodeElement::Hebrew}},
        {"-M", {false, CodeElement::Latin5}},
        {"-b", {false, CodeElement::Latin9}},
        {"-T", {false, CodeElement::Thai}},
        {"$B", {true, CodeElement::JisX0208}},
        // JIS C 6226-1978, the predecessor of JIS X 0208; some Japanese encoders still emit it.
        {"$@", {true, CodeElement::JisX0208}},
        {"$(D", {true, CodeElement::JisX0212}},
        {"$)C", {false, CodeElement::KsX1001}},
        {"$)A", {false, CodeElement::Gb2312}},
    }};
    for (const Entry& entry : kTable) {
        if (entry.seq == seq)
            return entry.designation;
    }
    return {};
}

// --- Specific Character Set terms -------------------------------------------------------------

struct TermInfo {
    enum class Type : std::uint8_t { Empty, Iso2022, Utf8, Gb18030, Gbk, Unknown };
    Type type = Type::Unknown;
    bool extension = false; // spelled "ISO 2022 ..."
    CodeElement g0 = CodeElement::Ascii;
    CodeElement g1 = CodeElement::None;
};

std::string_view trimmed(std::string_view s) {
    const auto isPad = [](char c) { return c == ' ' || c == '\0'; };
    while (!s.empty() && isPad(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isPad(s.back()))
        s.remove_suffix(1);
    return s;
}

TermInfo parseTerm(std::string_view term) {
    TermInfo info;
    if (term.empty()) {
        info.type = TermInfo::Type::Empty;
        return info;
    }
    // Separators and case vary in the wild ("ISO_IR100", "iso-ir 100", "ISO 2022 IR100");
    // comparing without them accepts those while staying unambiguous.
    std::string key;
    for (char c : term) {
        if (c == ' ' || c == '_' || c == '-')
            continue;
        key += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    if (key == "GB18030") {
        info.type = TermInfo::Type::Gb18030;
        return info;
    }
    if (key == "GBK") {
        info.type = TermInfo::Type::Gbk;
        return info;
    }
    std::string_view number;
    if (key.rfind("ISO2022IR", 0) == 0) {
        info.extension = true;
        number = std::string_view(key).substr(9);
    } else if (key.rfind("ISOIR", 0) == 0) {
        number = std::string_view(key).substr(5);
    } else {
        return info;
    }

    struct Entry {
        std::string_view number;
        CodeElement g0;
        CodeElement g1;
    };
    static constexpr std::array<Entry, 17> kNumbers{{
        {"6", CodeElement::Ascii, CodeElement::None},
        {"100", CodeElement::Ascii, CodeElement::Latin1},
        {"101", CodeElement::Ascii, CodeElement::Latin2},
        {"109", CodeElement::Ascii, CodeElement::Latin3},
        {"110", CodeElement::Ascii, CodeElement::Latin4},
        {"144", CodeElement::Ascii, CodeElement::Cyrillic},
        {"127", CodeElement::Ascii, CodeElement::Arabic},
        {"126", CodeElement::Ascii, CodeElement::Greek},
        {"138", CodeElement::Ascii, CodeElement::Hebrew},
        {"148", CodeElement::Ascii, CodeElement::Latin5},
        {"203", CodeElement::Ascii, CodeElement::Latin9},
        {"166", CodeElement::Ascii, CodeElement::Thai},
        {"13", CodeElement::JisRomaji, CodeElement::JisKatakana},
        {"87", CodeElement::JisX0208, CodeElement::None},
        {"159", CodeElement::JisX0212, CodeElement::None},
        {"149", CodeElement::Ascii, CodeElement::KsX1001},
        {"58", CodeElement::Ascii, CodeElement::Gb2312},
    }};
    if (number == "192" && !info.extension) {
        info.type = TermInfo::Type::Utf8;
        return info;
    }
    for (const Entry& entry : kNumbers) {
        if (entry.number == number) {
            info.type = TermInfo::Type::Iso2022;
            info.g0 = entry.g0;
            info.g1 = entry.g1;
            return info;
        }
    }
    return info;
}

} // namespace

DicomCharset::DicomCharset() = default;

DicomCharset DicomCharset::fromSpecificCharacterSet(std::string_view specificCharacterSet) {
    std::vector<std::string_view> terms;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = specificCharacterSet.find('\\', start);
        terms.push_back(trimmed(specificCharacterSet.substr(start, end - start)));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }

    DicomCharset cs;
    std::vector<TermInfo> infos;
    for (std::string_view term : terms) {
        const TermInfo info = parseTerm(term);
        if (info.type == TermInfo::Type::Unknown)
            cs.unknownTerms_.emplace_back(term);
        cs.codeExtensions_ = cs.codeExtensions_ || info.extension;
        infos.push_back(info);
    }

    const TermInfo& first = infos.front();
    switch (first.type) {
    case TermInfo::Type::Empty:
        // A lone empty value is the same as no (0008,0005) at all; with further values it
        // explicitly selects ISO IR 6 as the initial G0.
        cs.kind_ = infos.size() > 1 ? Kind::Iso2022 : Kind::Default;
        break;
    case TermInfo::Type::Iso2022:
        cs.kind_ = Kind::Iso2022;
        cs.initialG0_ = first.g0;
        cs.initialG1_ = first.g1;
        break;
    // PS3.3 C.12.1.1.2 forbids code extensions with these, so value 1 wins and the others
    // are ignored, as pydicom does.
    case TermInfo::Type::Utf8:
        cs.kind_ = Kind::Utf8;
        break;
    case TermInfo::Type::Gb18030:
        cs.kind_ = Kind::Gb18030;
        break;
    case TermInfo::Type::Gbk:
        cs.kind_ = Kind::Gbk;
        break;
    case TermInfo::Type::Unknown:
        cs.kind_ = Kind::Fallback;
        break;
    }
    return cs;
}

std::string DicomCharset::toUtf8(std::string_view raw, bool personName) const {
    return decode(raw, personName ? Delimiters::PersonName : Delimiters::Values);
}

std::string DicomCharset::textToUtf8(std::string_view raw) const {
    return decode(raw, Delimiters::Text);
}

std::string DicomCharset::decode(std::string_view raw, Delimiters delimiters) const {
    switch (kind_) {
    case Kind::Iso2022:
        if (initialG0_ == CodeElement::Ascii && !hasHighBytes(raw) && !hasEscape(raw))
            return std::string(raw);
        return decodeIso2022(raw, delimiters);
    case Kind::Utf8: {
        if (isValidUtf8(raw))
            return std::string(raw);
        std::string out;
        out.reserve(raw.size() + 8);
        appendLossyUtf8(raw, out);
        return out;
    }
    case Kind::Gb18030:
    case Kind::Gbk: {
        if (!hasHighBytes(raw))
            return std::string(raw);
        std::string out;
        out.reserve(raw.size() * 3 / 2);
        iconvAppend(kind_ == Kind::Gbk ? Codec::Gbk : Codec::Gb18030, raw, 1, out);
        return out;
    }
    case Kind::Default:
    case Kind::Fallback:
        break;
    }

    // Files without a usable (0008,0005) still carry text in the wild: ISO 2022 escapes
    // (older Japanese systems), UTF-8, or Latin-1, in roughly that order of certainty.
    if (hasEscape(raw))
        return decodeIso2022(raw, delimiters);
    if (!hasHighBytes(raw) || isValidUtf8(raw))
        return std::string(raw);
    std::string out;
    out.reserve(raw.size() * 2);
    appendLatin1(raw, out);
    return out;
}

std::string DicomCharset::decodeIso2022(std::string_view raw, Delimiters delimiters) const {
    const std::size_t n = raw.size();
    CodeElement g0 = initialG0_;
    CodeElement g1 = initialG1_;
    const HighHalfTable* g1Table = tableFor(g1);
    std::string out;
    out.reserve(raw.size() * 3 / 2);
    std::string run; // multi-byte characters collected for one iconv call

    // PS3.5 6.1.2.5.3 makes the encoder return to the initial designations before these
    // delimiters, so the decoder must reset there even without an explicit escape sequence.
    const auto isDelimiterAt = [&](std::size_t i) {
        const unsigned char b = byteAt(raw, i);
        if (isControlDelimiter(b))
            return true;
        const bool valueDelimiter = delimiters != Delimiters::Text && b == '\\';
        const bool nameDelimiter = delimiters == Delimiters::PersonName && (b == '^' || b == '=');
        if (!valueDelimiter && !nameDelimiter)
            return false;
        // In a two-byte G0 set these bytes are also legal halves of characters (the "^" in
        // "$^" is hiragana MA). Every toolkit splits values at byte 0x5C anyway, so that one
        // always delimits; '^' and '=' only when they cannot start a character, as DCMTK does.
        if (!isMultiByte(g0) || valueDelimiter)
            return true;
        return i + 1 >= n || !isGraphic94(byteAt(raw, i + 1));
    };

    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = byteAt(raw, i);

        if (b == kEsc) {
            // ISO 2022 syntax: ESC, intermediate bytes 0x20..0x2F, one final byte 0x30..0x7E.
            std::size_t j = i + 1;
            while (j < n && byteAt(raw, j) >= 0x20 && byteAt(raw, j) <= 0x2F)
                ++j;
            if (j >= n) {
                out.append(kReplacement); // truncated at the end of the value
                break;
            }
            if (byteAt(raw, j) < 0x30 || byteAt(raw, j) > 0x7E) {
                out.append(kReplacement); // malformed: let the offending byte decode normally
                i = j;
                continue;
            }
            // Sets not declared in (0008,0005) are honoured too: the bytes leave no doubt
            // which set was meant, and refusing them helps no reader.
            const Designation d = designationFor(raw.substr(i + 1, j - i));
            if (d.element == CodeElement::None)
                out.append(kReplacement);
            else if (d.g0)
                g0 = d.element;
            else
                g1 = d.element;
            g1Table = tableFor(g1);
            i = j + 1;
            continue;
        }

        if (b < 0x80 && isDelimiterAt(i)) {
            out += static_cast<char>(b);
            g0 = initialG0_;
            g1 = initialG1_;
            g1Table = tableFor(g1);
            ++i;
            continue;
        }

        if (b < 0x80) {
            if (isMultiByte(g0) && isGraphic94(b)) {
                const bool jisX0212 = g0 == CodeElement::JisX0212;
                run.clear();
                while (i + 1 < n && isGraphic94(byteAt(raw, i)) &&
                       isGraphic94(byteAt(raw, i + 1)) && !isDelimiterAt(i)) {
                    // EUC-JP is the 8-bit form of the same sets: JIS X 0208 with the high bit
                    // set, JIS X 0212 additionally behind single shift 3 (0x8F).
                    if (jisX0212)
                        run += static_cast<char>(0x8F);
                    run += static_cast<char>(byteAt(raw, i) | 0x80);
                    run += static_cast<char>(byteAt(raw, i + 1) | 0x80);
                    i += 2;
                }
                if (run.empty()) {
                    out.append(kReplacement); // half a character
                    ++i;
                } else {
                    iconvAppend(Codec::EucJp, run, jisX0212 ? 3 : 2, out);
                }
                continue;
            }
            if (g0 == CodeElement::JisRomaji && b == 0x5C)
                out.append("\xC2\xA5"); // YEN SIGN
            else if (g0 == CodeElement::JisRomaji && b == 0x7E)
                out.append("\xE2\x80\xBE"); // OVERLINE
            else
                out += static_cast<char>(b);
            ++i;
            continue;
        }

        if (isMultiByte(g1)) {
            std::size_t j = i;
            while (j + 1 < n && isGraphic94High(byteAt(raw, j)) &&
                   isGraphic94High(byteAt(raw, j + 1)))
                j += 2;
            if (j == i) {
                out.append(kReplacement); // half a character or a C1 byte
                ++i;
            } else {
                iconvAppend(g1 == CodeElement::KsX1001 ? Codec::EucKr : Codec::Gb2312,
                            raw.substr(i, j - i), 2, out);
                i = j;
            }
            continue;
        }

        if (g1 == CodeElement::JisKatakana && b >= 0xA1 && b <= 0xDF)
            appendUtf8(out, static_cast<char32_t>(0xFF61 + (b - 0xA1))); // halfwidth katakana
        else if (g1Table != nullptr)
            appendFromTable(*g1Table, b, out);
        else
            out.append(kReplacement);
        ++i;
    }
    return out;
}

} // namespace pellucid
