#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pellucid {

// Decodes raw DICOM text values to UTF-8 according to a Specific Character Set (0008,0005).
//
// We decode ISO 2022 code extensions ourselves (PS3.5 6.1.2.5, Annexes H-K) because the
// iconv-based DCMTK shipped by distributions rejects them. Instances are immutable after
// construction, cheap to copy and safe to share between threads.
class DicomCharset {
public:
    // The character sets a G0 or G1 code element can hold (PS3.3 C.12.1.1.2).
    enum class CodeElement : std::uint8_t {
        None,        // nothing designated: bytes in that area are undecodable
        Ascii,       // ISO-IR 6
        JisRomaji,   // ISO-IR 14, JIS X 0201 Roman
        JisKatakana, // ISO-IR 13, JIS X 0201 Katakana
        Latin1,      // ISO-IR 100
        Latin2,      // ISO-IR 101
        Latin3,      // ISO-IR 109
        Latin4,      // ISO-IR 110
        Cyrillic,    // ISO-IR 144
        Arabic,      // ISO-IR 127
        Greek,       // ISO-IR 126
        Hebrew,      // ISO-IR 138
        Latin5,      // ISO-IR 148
        Latin9,      // ISO-IR 203
        Thai,        // ISO-IR 166, TIS 620
        JisX0208,    // ISO-IR 87
        JisX0212,    // ISO-IR 159
        KsX1001,     // ISO-IR 149
        Gb2312,      // ISO-IR 58
    };

    DicomCharset(); // default repertoire (ISO IR 6, ASCII)

    // `specificCharacterSet`: the raw (0008,0005) value, backslash-separated, values may be
    // empty or space padded.
    static DicomCharset fromSpecificCharacterSet(std::string_view specificCharacterSet);

    // Defined terms that were not recognised (empty when all were); decoding still works:
    // an unrecognised value 1 decodes as UTF-8 when the bytes are valid UTF-8, else Latin-1.
    const std::vector<std::string>& unknownTerms() const { return unknownTerms_; }

    bool usesCodeExtensions() const { return codeExtensions_; } // any "ISO 2022 ..." term

    // Decode a whole raw value (possibly multi-valued with '\'). personName=true for VR PN:
    // then '^' and '=' also return to the initial designations. Output is valid UTF-8 always.
    std::string toUtf8(std::string_view raw, bool personName = false) const;

    // Decode a single-valued text (VR ST, LT, UT) where 0x5C is a character, not a value
    // delimiter; it only matters for JIS X 0201 Roman, where 0x5C is YEN SIGN.
    std::string textToUtf8(std::string_view raw) const;

private:
    enum class Kind : std::uint8_t {
        Default,  // no (0008,0005): ASCII, non-ASCII bytes go to the fallback guess
        Iso2022,  // single-byte sets, with or without code extensions
        Utf8,     // ISO_IR 192
        Gb18030,  // GB18030
        Gbk,      // GBK
        Fallback, // unrecognised value 1
    };
    enum class Delimiters : std::uint8_t { Values, PersonName, Text };

    std::string decode(std::string_view raw, Delimiters delimiters) const;
    std::string decodeIso2022(std::string_view raw, Delimiters delimiters) const;

    Kind kind_ = Kind::Default;
    CodeElement initialG0_ = CodeElement::Ascii;
    CodeElement initialG1_ = CodeElement::None;
    bool codeExtensions_ = false;
    std::vector<std::string> unknownTerms_;
};

} // namespace pellucid
