#include "core/charset/DicomCharset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QTest>

#include <atomic>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using pellucid::DicomCharset;

enum class Mode { Values, PersonName, Text };
Q_DECLARE_METATYPE(Mode)

namespace {

// Raw values may contain NUL bytes, so keep the literal's full length.
template <std::size_t N> QByteArray bytes(const char (&literal)[N]) {
    return QByteArray(literal, static_cast<qsizetype>(N - 1));
}

std::string_view view(const QByteArray& a) {
    return {a.constData(), static_cast<std::size_t>(a.size())};
}

std::string decode(const DicomCharset& cs, const QByteArray& raw, Mode mode) {
    switch (mode) {
    case Mode::Values:
        return cs.toUtf8(view(raw));
    case Mode::PersonName:
        return cs.toUtf8(view(raw), true);
    case Mode::Text:
        return cs.textToUtf8(view(raw));
    }
    return {};
}

// QString::fromStdString would silently repair broken UTF-8, hiding exactly the bug we test for.
bool isValidUtf8(const std::string& s) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString ignored = decoder(QByteArrayView(s.data(), static_cast<qsizetype>(s.size())));
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

} // namespace

class TestCharset : public QObject {
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void parseTerms_data();
    void parseTerms();
    void defaultConstructed();
    void randomBytesStayValidUtf8();
    void concurrentDecoding();
};

void TestCharset::decode_data() {
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("expected");

    // Patient names and other text values of pydicom's charset_files (PS3.5 Annexes H, I, J
    // and the single-byte examples); expectations checked against pydicom's own decoding.
    QTest::newRow("chrArab PatientName")
        << QByteArray("ISO_IR 127") << bytes("\xe2\xc8\xc7\xe6\xea^\xe4\xe6\xd2\xc7\xd1 ")
        << Mode::PersonName << QString::fromUtf8("قباني^لنزار ");
    QTest::newRow("chrFren PatientName") << QByteArray("ISO_IR 100") << bytes("Buc^J\xe9r\xf4me")
                                         << Mode::PersonName << QString::fromUtf8("Buc^Jérôme");
    QTest::newRow("chrFrenMulti PatientName")
        << QByteArray("ISO_IR 100") << bytes("Buc^J\xe9r\xf4me") << Mode::PersonName
        << QString::fromUtf8("Buc^Jérôme");
    QTest::newRow("chrFrenMulti OtherPatientNames")
        << QByteArray("ISO_IR 100") << bytes("Buc^J\xe9r\xf4me\\Buc^J\xe9r\xf4me ")
        << Mode::PersonName << QString::fromUtf8("Buc^Jérôme\\Buc^Jérôme ");
    QTest::newRow("chrFrenMulti OtherPatientIDs")
        << QByteArray("ISO_IR 100") << bytes("eggs\\spam ") << Mode::Values
        << QString::fromUtf8("eggs\\spam ");
    QTest::newRow("chrGerm PatientName") << QByteArray("ISO_IR 100")
                                         << bytes("\xc4neas^R\xfc"
                                                  "diger ")
                                         << Mode::PersonName << QString::fromUtf8("Äneas^Rüdiger ");
    QTest::newRow("chrGreek PatientName")
        << QByteArray("ISO_IR 126") << bytes("\xc4\xe9\xef\xed\xf5\xf3\xe9\xef\xf2 ")
        << Mode::PersonName << QString::fromUtf8("Διονυσιος ");
    QTest::newRow("chrH31 PatientName")
        << QByteArray("\\ISO 2022 IR 87")
        << bytes("Yamada^Tarou=\x1b$B;3ED\x1b(B^\x1b$BB@O:\x1b(B=\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&"
                 "\x1b(B")
        << Mode::PersonName << QString::fromUtf8("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("chrH32 PatientName")
        << QByteArray("ISO 2022 IR 13\\ISO 2022 IR 87")
        << bytes("\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J=\x1b$B$d$^$@\x1b("
                 "J^\x1b$B$?$m$&\x1b(J")
        << Mode::PersonName << QString::fromUtf8("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    QTest::newRow("chrHbrw PatientName")
        << QByteArray("ISO_IR 138") << bytes("\xf9\xf8\xe5\xef^\xe3\xe1\xe5\xf8\xe4")
        << Mode::PersonName << QString::fromUtf8("שרון^דבורה");
    QTest::newRow("chrI2 PatientName")
        << QByteArray("\\ISO 2022 IR 149")
        << bytes("Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7=\x1b$)C\xc8\xab^\x1b$)"
                 "C\xb1\xe6\xb5\xbf")
        << Mode::PersonName << QString::fromUtf8("Hong^Gildong=洪^吉洞=홍^길동");
    QTest::newRow("chrRuss PatientName") << QByteArray("ISO_IR 144")
                                         << bytes("\xbb\xee\xda"
                                                  "ce\xdc\xd1yp\xd3")
                                         << Mode::PersonName << QString::fromUtf8("Люкceмбypг");
    QTest::newRow("chrX1 PatientName")
        << QByteArray("ISO_IR 192")
        << bytes("Wang^XiaoDong=\xe7\x8e\x8b^\xe5\xb0\x8f\xe6\x9d\xb1= ") << Mode::PersonName
        << QString::fromUtf8("Wang^XiaoDong=王^小東= ");
    QTest::newRow("chrX2 PatientName")
        << QByteArray("GB18030") << bytes("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab=")
        << Mode::PersonName << QString::fromUtf8("Wang^XiaoDong=王^小东=");
    QTest::newRow("chrJapMulti PatientName")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("やまだ^たろう ");
    QTest::newRow("chrJapMulti OtherPatientNames")
        << QByteArray("\\ISO 2022 IR 87")
        << bytes("\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B\\\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("やまだ^たろう\\やまだ^たろう ");
    QTest::newRow("chrJapMulti AdditionalPatientHistory")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B$?$m$&\x1b(B") << Mode::Text
        << QString::fromUtf8("たろう");
    QTest::newRow("chrJapMultiExplicitIR6 PatientName")
        << QByteArray("ISO 2022 IR 6\\ISO 2022 IR 87")
        << bytes("\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B ") << Mode::PersonName
        << QString::fromUtf8("やまだ^たろう ");
    QTest::newRow("chrJapMultiExplicitIR6 OtherPatientNames")
        << QByteArray("ISO 2022 IR 6\\ISO 2022 IR 87")
        << bytes("\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B\\\x1b$B$d$^$@\x1b(B^\x1b$B$?$m$&\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("やまだ^たろう\\やまだ^たろう ");
    QTest::newRow("chrJapMultiExplicitIR6 AdditionalPatientHistory")
        << QByteArray("ISO 2022 IR 6\\ISO 2022 IR 87") << bytes("\x1b$B$?$m$&\x1b(B") << Mode::Text
        << QString::fromUtf8("たろう");
    QTest::newRow("chrKoreanMulti PatientName")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("김희중 ");
    QTest::newRow("chrKoreanMulti OtherPatientNames")
        << QByteArray("\\ISO 2022 IR 149")
        << bytes("\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf\x1b(B\\\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("김희중\\김희중 ");
    QTest::newRow("chrKoreanMulti AdditionalPatientHistory")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf\x1b(B ")
        << Mode::Text << QString::fromUtf8("김희중 ");
    QTest::newRow("chrKoreanMulti OperatorsName")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xb1\xe8\xc8\xf1\xc1\xdf\x1b(B ")
        << Mode::PersonName << QString::fromUtf8("김희중 ");

    // PS3.5 Annex K: GB 2312 through ISO 2022 IR 58; each line must designate G1 again
    // because CR LF returns to the initial state.
    QTest::newRow("PS3.5 K PN") << QByteArray("\\ISO 2022 IR 58")
                                << bytes("Zhang^XiaoDong=\x1b$)A\xd5\xc5^\x1b$)A\xd0\xa1\xb6\xab=")
                                << Mode::PersonName << QString::fromUtf8("Zhang^XiaoDong=张^小东=");
    QTest::newRow("PS3.5 K LT lines")
        << QByteArray("\\ISO 2022 IR 58")
        << bytes("1.\x1b$)A\xb5\xda\xd2\xbb\xd0\xd0\xce\xc4\xd7\xd6\xa1\xa3\r\n"
                 "2.\x1b$)A\xb5\xda\xb6\xfe\xd0\xd0\xce\xc4\xd7\xd6\xa1\xa3\r\n")
        << Mode::Text << QString::fromUtf8("1.第一行文字。\r\n2.第二行文字。\r\n");
    QTest::newRow("GB 2312 G1 reset at LF")
        << QByteArray("\\ISO 2022 IR 58") << bytes("\x1b$)A\xb5\xda\r\n\xb5\xda") << Mode::Text
        << QString::fromUtf8("第\r\n\uFFFD\uFFFD");

    // PS3.5 Annex J and other standalone multi-byte sets.
    QTest::newRow("PS3.5 J GB18030 LT")
        << QByteArray("GB18030") << bytes("1.\xb5\xda\xd2\xbb\xd0\xd0\xce\xc4\xd7\xd6\xa1\xa3\r\n")
        << Mode::Text << QString::fromUtf8("1.第一行文字。\r\n");
    QTest::newRow("GB18030 four-byte") << QByteArray("GB18030")
                                       << bytes("\x95"
                                                "2"
                                                "\x82"
                                                "6")
                                       << Mode::Values << QString::fromUtf8("𠀀");
    QTest::newRow("GB18030 truncated") << QByteArray("GB18030") << bytes("\xcd\xf5\xd0")
                                       << Mode::Values << QString::fromUtf8("王\uFFFD");
    QTest::newRow("GBK") << QByteArray("GBK") << bytes("Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab=")
                         << Mode::PersonName << QString::fromUtf8("Wang^XiaoDong=王^小东=");

    // Single-byte sets without code extensions.
    QTest::newRow("ASCII under Latin-1") << QByteArray("ISO_IR 100") << bytes("Doe^John")
                                         << Mode::PersonName << QString::fromUtf8("Doe^John");
    QTest::newRow("Latin-2") << QByteArray("ISO_IR 101")
                             << bytes("Dvo\xf8\xe1k^Anton\xedn \xa3\xf3"
                                      "d\xbc")
                             << Mode::PersonName << QString::fromUtf8("Dvořák^Antonín Łódź");
    QTest::newRow("Latin-3") << QByteArray("ISO_IR 109") << bytes("\xf8is^\xc6u")
                             << Mode::PersonName << QString::fromUtf8("ĝis^Ĉu");
    QTest::newRow("Latin-4") << QByteArray("ISO_IR 110")
                             << bytes("\xd1"
                                      "em\xb9onoks")
                             << Mode::Values << QString::fromUtf8("Ņemšonoks");
    QTest::newRow("Latin-5") << QByteArray("ISO_IR 148")
                             << bytes("G\xfcl^Ay\xfe"
                                      "e")
                             << Mode::PersonName << QString::fromUtf8("Gül^Ayşe");
    QTest::newRow("Latin-9") << QByteArray("ISO_IR 203") << bytes("\xbcuvre \xa4") << Mode::Values
                             << QString::fromUtf8("Œuvre €");
    QTest::newRow("Thai") << QByteArray("ISO_IR 166") << bytes("\xca\xc1\xaa\xd2\xc2")
                          << Mode::PersonName << QString::fromUtf8("สมชาย");
    QTest::newRow("Thai undefined byte") << QByteArray("ISO_IR 166") << bytes("a\xfc")
                                         << Mode::Values << QString::fromUtf8("a\uFFFD");
    QTest::newRow("Arabic undefined byte") << QByteArray("ISO_IR 127") << bytes("a\xa1")
                                           << Mode::Values << QString::fromUtf8("a\uFFFD");
    QTest::newRow("Latin-1 C1 as Windows-1252") << QByteArray("ISO_IR 100")
                                                << bytes("O\x92"
                                                         "Brien")
                                                << Mode::PersonName << QString::fromUtf8("O’Brien");
    QTest::newRow("Latin-2 C1 undecodable") << QByteArray("ISO_IR 101")
                                            << bytes("a\x92"
                                                     "b")
                                            << Mode::Values << QString::fromUtf8("a\uFFFDb");
    QTest::newRow("JIS X 0201 katakana")
        << QByteArray("ISO_IR 13") << bytes("\xd4\xcf\xc0\xde^\xc0\xdb\xb3") << Mode::PersonName
        << QString::fromUtf8("ﾔﾏﾀﾞ^ﾀﾛｳ");
    QTest::newRow("JIS X 0201 overline")
        << QByteArray("ISO_IR 13") << bytes("a~b") << Mode::Values << QString::fromUtf8("a‾b");
    QTest::newRow("JIS X 0201 yen in text")
        << QByteArray("ISO_IR 13") << bytes("100\\") << Mode::Text << QString::fromUtf8("100¥");
    QTest::newRow("JIS X 0201 value delimiter")
        << QByteArray("ISO_IR 13") << bytes("A\\B") << Mode::Values << QString::fromUtf8("A\\B");
    QTest::newRow("JIS X 0201 undefined byte")
        << QByteArray("ISO_IR 13") << bytes("\xe0") << Mode::Values << QString::fromUtf8("\uFFFD");

    // Single-byte sets with code extensions.
    QTest::newRow("Latin-1 and Greek, reset at =")
        << QByteArray("ISO 2022 IR 100\\ISO 2022 IR 126")
        << bytes("J\xe9r\xf4me=\x1b-F\xc4\xe9\xef=\xe9") << Mode::PersonName
        << QString::fromUtf8("Jérôme=Διο=é");
    QTest::newRow("Cyrillic reset at backslash")
        << QByteArray("ISO 2022 IR 100\\ISO 2022 IR 144") << bytes("\x1b-L\xbb\xee\\\xe9")
        << Mode::Values << QString::fromUtf8("Лю\\é");
    QTest::newRow("Greek reset at TAB")
        << QByteArray("ISO 2022 IR 100\\ISO 2022 IR 126") << bytes("\x1b-F\xc4\t\xc4") << Mode::Text
        << QString::fromUtf8("Δ\tÄ");
    QTest::newRow("Latin-9 and Thai escapes")
        << QByteArray("ISO 2022 IR 6\\ISO 2022 IR 203\\ISO 2022 IR 166")
        << bytes("\x1b-b\xa4 \x1b-T\xca\xc1") << Mode::Values << QString::fromUtf8("€ สม");
    QTest::newRow("Latin-2/3/4/5, Hebrew, Arabic escapes")
        << QByteArray("\\ISO 2022 IR 101\\ISO 2022 IR 109\\ISO 2022 IR 110\\ISO 2022 IR 148"
                      "\\ISO 2022 IR 138\\ISO 2022 IR 127")
        << bytes("\x1b-B\xa3\x1b-C\xf8\x1b-D\xd1\x1b-M\xfe\x1b-H\xe3\x1b-G\xc8") << Mode::Values
        << QString::fromUtf8("ŁĝŅşדب");

    // Multi-byte sets with code extensions.
    QTest::newRow("JIS X 0212") << QByteArray("\\ISO 2022 IR 87\\ISO 2022 IR 159")
                                << bytes("\x1b$B;3\x1b$(D0!\x1b(Bx") << Mode::Values
                                << QString::fromUtf8("山丂x");
    QTest::newRow("JIS X 0208 ^ inside a character")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B$^\x1b(B") << Mode::PersonName
        << QString::fromUtf8("ま");
    QTest::newRow("high byte without G1") << QByteArray("\\ISO 2022 IR 87") << bytes("a\xe9")
                                          << Mode::Values << QString::fromUtf8("a\uFFFD");
    QTest::newRow("undefined KS X 1001 pair")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xad\xa1z") << Mode::Values
        << QString::fromUtf8("\uFFFDz");
    QTest::newRow("half a KS X 1001 character")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xb1\xe8\xc8") << Mode::Values
        << QString::fromUtf8("김\uFFFD");
    QTest::newRow("half a JIS X 0208 character")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B;3E") << Mode::Values
        << QString::fromUtf8("山\uFFFD");

    // Delimiters return to the initial designations without an explicit escape sequence.
    QTest::newRow("KS X 1001 G1 reset at ^")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xfb\xf3^\xd1\xce") << Mode::PersonName
        << QString::fromUtf8("洪^\uFFFD\uFFFD");
    QTest::newRow("KS X 1001 G1 kept at ^ outside PN")
        << QByteArray("\\ISO 2022 IR 149") << bytes("\x1b$)C\xfb\xf3^\xd1\xce") << Mode::Values
        << QString::fromUtf8("洪^吉");
    QTest::newRow("katakana G1 reset at ^")
        << QByteArray("\\ISO 2022 IR 13") << bytes("\x1b)I\xd4\xcf^\xd4") << Mode::PersonName
        << QString::fromUtf8("ﾔﾏ^\uFFFD");
    QTest::newRow("romaji G0 reset at ^") << QByteArray("\\ISO 2022 IR 13") << bytes("\x1b(J~^~")
                                          << Mode::PersonName << QString::fromUtf8("‾^~");
    QTest::newRow("JIS X 0208 then ^ without ESC ( B")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B;3ED^\x1b$BB@O:\x1b(B")
        << Mode::PersonName << QString::fromUtf8("山田^太郎");
    QTest::newRow("JIS X 0208 then = at the end")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B;3ED=") << Mode::PersonName
        << QString::fromUtf8("山田=");
    QTest::newRow("JIS X 0208 then backslash")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B;3ED\\Yamada") << Mode::Values
        << QString::fromUtf8("山田\\Yamada");
    QTest::newRow("JIS X 0208 then CR LF")
        << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b$B;3ED\r\nabc") << Mode::Text
        << QString::fromUtf8("山田\r\nabc");
    QTest::newRow("JIS X 0208 then ^ back to katakana")
        << QByteArray("ISO 2022 IR 13\\ISO 2022 IR 87") << bytes("\x1b$B;3ED^\xd4")
        << Mode::PersonName << QString::fromUtf8("山田^ﾔ");

    // Fallbacks and broken input.
    QTest::newRow("unknown term, UTF-8 bytes")
        << QByteArray("ISO_IR 999") << bytes("J\xc3\xa9r\xc3\xb4me") << Mode::Values
        << QString::fromUtf8("Jérôme");
    QTest::newRow("unknown term, Latin-1 bytes")
        << QByteArray("ISO_IR 999") << bytes("J\xe9r\xf4me") << Mode::Values
        << QString::fromUtf8("Jérôme");
    QTest::newRow("no charset, Latin-1 bytes")
        << QByteArray("") << bytes("J\xe9r\xf4me") << Mode::Values << QString::fromUtf8("Jérôme");
    QTest::newRow("no charset, UTF-8 bytes")
        << QByteArray("") << bytes("\xe7\x8e\x8b") << Mode::Values << QString::fromUtf8("王");
    QTest::newRow("no charset, ISO 2022 escapes") << QByteArray("") << bytes("\x1b$B;3ED\x1b(B")
                                                  << Mode::PersonName << QString::fromUtf8("山田");
    QTest::newRow("invalid UTF-8 byte") << QByteArray("ISO_IR 192")
                                        << bytes("a\xff"
                                                 "b")
                                        << Mode::Values << QString::fromUtf8("a\uFFFDb");
    QTest::newRow("truncated UTF-8") << QByteArray("ISO_IR 192") << bytes("\xe7\x8e")
                                     << Mode::Values << QString::fromUtf8("\uFFFD");
    QTest::newRow("truncated UTF-8 then ASCII") << QByteArray("ISO_IR 192")
                                                << bytes("\xe7\x8e"
                                                         "a")
                                                << Mode::Values << QString::fromUtf8("\uFFFDa");
    QTest::newRow("overlong UTF-8") << QByteArray("ISO_IR 192") << bytes("\xc0\xaf") << Mode::Values
                                    << QString::fromUtf8("\uFFFD\uFFFD");
    QTest::newRow("surrogate in UTF-8") << QByteArray("ISO_IR 192") << bytes("\xed\xa0\x80")
                                        << Mode::Values << QString::fromUtf8("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("UTF-8 value 1 wins")
        << QByteArray("ISO_IR 192\\ISO 2022 IR 87") << bytes("\xe7\x8e\x8b") << Mode::Values
        << QString::fromUtf8("王");
    QTest::newRow("empty value") << QByteArray("ISO_IR 100") << bytes("") << Mode::Values
                                 << QString();
    QTest::newRow("empty values") << QByteArray("ISO_IR 100") << bytes("\\\\") << Mode::Values
                                  << QString::fromUtf8("\\\\");
    QTest::newRow("empty ISO 2022 value")
        << QByteArray("\\ISO 2022 IR 87") << bytes("") << Mode::PersonName << QString();
    QTest::newRow("empty PN components") << QByteArray("\\ISO 2022 IR 87") << bytes("^^^^")
                                         << Mode::PersonName << QString::fromUtf8("^^^^");
    QTest::newRow("trailing NUL kept") << QByteArray("ISO_IR 100") << bytes("Buc\0") << Mode::Values
                                       << QString::fromUtf8("Buc\0", 4);
    QTest::newRow("truncated escape") << QByteArray("\\ISO 2022 IR 87") << bytes("abc\x1b$")
                                      << Mode::Values << QString::fromUtf8("abc\uFFFD");
    QTest::newRow("lone ESC at the end") << QByteArray("\\ISO 2022 IR 87") << bytes("abc\x1b")
                                         << Mode::Values << QString::fromUtf8("abc\uFFFD");
    QTest::newRow("truncated 4-byte escape")
        << QByteArray("\\ISO 2022 IR 149") << bytes("abc\x1b$)") << Mode::Values
        << QString::fromUtf8("abc\uFFFD");
    QTest::newRow("unknown escape") << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b(Zx")
                                    << Mode::Values << QString::fromUtf8("\uFFFDx");
    QTest::newRow("malformed escape") << QByteArray("\\ISO 2022 IR 87") << bytes("\x1b\x01x")
                                      << Mode::Values << QString::fromUtf8("\uFFFD\x01x");
}

void TestCharset::decode() {
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, raw);
    QFETCH(Mode, mode);
    QFETCH(QString, expected);

    const DicomCharset cs = DicomCharset::fromSpecificCharacterSet(view(charset));
    const std::string actual = ::decode(cs, raw, mode);
    QVERIFY(isValidUtf8(actual));
    QCOMPARE(QString::fromStdString(actual), expected);
}

void TestCharset::parseTerms_data() {
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("codeExtensions");
    QTest::addColumn<QStringList>("unknown");

    QTest::newRow("absent") << QByteArray() << false << QStringList();
    QTest::newRow("Latin-1") << QByteArray("ISO_IR 100") << false << QStringList();
    QTest::newRow("padded") << QByteArray(" ISO_IR 100 ") << false << QStringList();
    QTest::newRow("NUL padded") << bytes("ISO_IR 100\0") << false << QStringList();
    QTest::newRow("sloppy spelling") << QByteArray("iso-ir100") << false << QStringList();
    QTest::newRow("UTF-8") << QByteArray("ISO_IR 192") << false << QStringList();
    QTest::newRow("GB18030") << QByteArray("GB18030") << false << QStringList();
    QTest::newRow("empty value 1") << QByteArray("\\ISO 2022 IR 87") << true << QStringList();
    QTest::newRow("Japanese") << QByteArray("ISO 2022 IR 13\\ISO 2022 IR 87 ") << true
                              << QStringList();
    QTest::newRow("unknown") << QByteArray("ISO_IR 999") << false << QStringList{"ISO_IR 999"};
    QTest::newRow("unknown second value")
        << QByteArray("ISO 2022 IR 100\\ KLINGON ") << true << QStringList{"KLINGON"};
    QTest::newRow("not ISO 2022") << QByteArray("ISO_IR 100\\ISO_IR 126") << false << QStringList();
}

void TestCharset::parseTerms() {
    QFETCH(QByteArray, charset);
    QFETCH(bool, codeExtensions);
    QFETCH(QStringList, unknown);

    const DicomCharset cs = DicomCharset::fromSpecificCharacterSet(view(charset));
    QCOMPARE(cs.usesCodeExtensions(), codeExtensions);
    QStringList actual;
    for (const std::string& term : cs.unknownTerms())
        actual << QString::fromStdString(term);
    QCOMPARE(actual, unknown);
}

void TestCharset::defaultConstructed() {
    const DicomCharset cs;
    QVERIFY(cs.unknownTerms().empty());
    QVERIFY(!cs.usesCodeExtensions());
    QCOMPARE(cs.toUtf8("Doe^John", true), std::string("Doe^John"));
    QCOMPARE(cs.toUtf8(""), std::string());
}

void TestCharset::randomBytesStayValidUtf8() {
    const std::vector<std::string_view> charsets = {
        "",
        "ISO_IR 100",
        "ISO_IR 127",
        "ISO_IR 166",
        "ISO_IR 13",
        "ISO_IR 192",
        "GB18030",
        "GBK",
        "ISO_IR 999",
        "\\ISO 2022 IR 87\\ISO 2022 IR 159",
        "ISO 2022 IR 13\\ISO 2022 IR 87",
        "\\ISO 2022 IR 149\\ISO 2022 IR 58\\ISO 2022 IR 100",
    };
    // Escape fragments make the decoder switch sets mid-value far more often than chance would.
    const std::vector<std::string_view> fragments = {
        "\x1b$B", "\x1b$(D", "\x1b$)C", "\x1b$)A", "\x1b(B", "\x1b(J", "\x1b)I",
        "\x1b-A", "\x1b-T",  "\x1b$",   "^",       "=",      "\\",     "\r\n",
    };
    std::mt19937 rng(20240601);
    std::uniform_int_distribution<int> length(0, 40);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
    for (int round = 0; round < 3000; ++round) {
        std::string raw;
        const int n = length(rng);
        for (int i = 0; i < n; ++i) {
            if (byte(rng) < 24)
                raw += fragments[pick(rng)];
            else
                raw += static_cast<char>(byte(rng));
        }
        for (std::string_view charset : charsets) {
            const DicomCharset cs = DicomCharset::fromSpecificCharacterSet(charset);
            for (const std::string& out :
                 {cs.toUtf8(raw), cs.toUtf8(raw, true), cs.textToUtf8(raw)}) {
                if (!isValidUtf8(out))
                    QFAIL(qPrintable(
                        QStringLiteral("invalid UTF-8 for charset '%1', input %2")
                            .arg(QString::fromUtf8(charset.data(),
                                                   static_cast<qsizetype>(charset.size())),
                                 QString::fromLatin1(QByteArray::fromStdString(raw).toHex()))));
            }
        }
    }
}

void TestCharset::concurrentDecoding() {
    struct Case {
        DicomCharset cs;
        std::string raw;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {DicomCharset::fromSpecificCharacterSet("ISO 2022 IR 13\\ISO 2022 IR 87"),
         "\xd4\xcf\xc0\xde^\xc0\xdb\xb3=\x1b$B;3ED\x1b(J^\x1b$BB@O:\x1b(J", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎"},
        {DicomCharset::fromSpecificCharacterSet("\\ISO 2022 IR 149"),
         "Hong^Gildong=\x1b$)C\xfb\xf3^\x1b$)C\xd1\xce\xd4\xd7", "Hong^Gildong=洪^吉洞"},
        {DicomCharset::fromSpecificCharacterSet("GB18030"), "\xcd\xf5^\xd0\xa1\xb6\xab", "王^小东"},
        {DicomCharset::fromSpecificCharacterSet("ISO_IR 100"), "Buc^J\xe9r\xf4me", "Buc^Jérôme"},
    };
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&cases, &mismatches, t] {
            for (int i = 0; i < 2000; ++i) {
                const Case& c = cases[static_cast<std::size_t>(i + t) % cases.size()];
                if (c.cs.toUtf8(c.raw, true) != c.expected)
                    ++mismatches;
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_APPLESS_MAIN(TestCharset)
#include "tst_charset.moc"
