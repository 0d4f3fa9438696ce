// The C-FIND matching rules (PS3.4 C.2.2.2) as tables of query value, stored value and verdict,
// plus a property check that the index prefilter never drops a row that matches().

#include "core/query/MatchRule.h"

#include <QTest>

#include <functional>
#include <random>

using namespace pellucid;

Q_DECLARE_METATYPE(pellucid::MatchType)

namespace {

using T = MatchType;

bool satisfies(const IndexPrefilter& filter, const std::string& stored) {
    switch (filter.kind) {
    case IndexPrefilter::Kind::None:
        return true;
    case IndexPrefilter::Kind::Equal:
        return stored == filter.values.front();
    case IndexPrefilter::Kind::In:
        return std::find(filter.values.begin(), filter.values.end(), stored) != filter.values.end();
    case IndexPrefilter::Kind::Range:
        // std::string compares like memcmp, i.e. SQLite's BINARY collation.
        return (!filter.lower || stored >= *filter.lower) &&
               (!filter.upper || stored <= *filter.upper);
    }
    return false;
}

const char* kindName(IndexPrefilter::Kind kind) {
    switch (kind) {
    case IndexPrefilter::Kind::None:
        return "None";
    case IndexPrefilter::Kind::Equal:
        return "Equal";
    case IndexPrefilter::Kind::In:
        return "In";
    case IndexPrefilter::Kind::Range:
        return "Range";
    }
    return "?";
}

} // namespace

class TestMatchRule : public QObject {
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void universal_data();
    void universal();
    void parseErrors_data();
    void parseErrors();
    void prefilter_data();
    void prefilter();
    void nulPadding();
    void prefilterIsSuperset();
};

void TestMatchRule::matches_data() {
    QTest::addColumn<MatchType>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("expected");
    auto row = [](const char* name, MatchType type, const char* query, const char* stored,
                  bool expected) {
        QTest::newRow(name) << type << QString::fromUtf8(query) << QString::fromUtf8(stored)
                            << expected;
    };
    const char* yamada = "Yamada^Tarou=山田^太郎=やまだ^たろう";

    // Universal matching
    row("universal: empty query", T::Text, "", "anything", true);
    row("universal: empty query, empty stored", T::Text, "", "", true);
    row("universal: * on empty stored", T::Text, "*", "", true);
    row("universal: **", T::Text, "**", "abc", true);
    row("universal: spaces only", T::Text, "   ", "x", true);
    row("universal: * for a date", T::Date, "*", "", true);
    row("universal: * for an integer", T::Integer, "*", "", true);
    row("universal: *** for a UID", T::Uid, "***", "1.2", true);
    row("universal: * for a name", T::PersonName, "*", "", true);
    row("universal: * in a list", T::Uid, "1.2\\*", "9.9", true);
    row("universal: empty multi-valued", T::Code, "", "CT\\MR", true);

    // Single value matching
    row("text exact", T::Text, "CHEST", "CHEST", true);
    row("text is case-sensitive", T::Text, "CHEST", "chest", false);
    row("text is not a prefix match", T::Text, "CHEST", "CHEST2", false);
    row("text query trimmed", T::Text, "  CHEST  ", "CHEST", true);
    row("text vs empty stored", T::Text, "CHEST", "", false);
    row("code exact", T::Code, "CT", "CT", true);
    row("code is case-sensitive", T::Code, "CT", "ct", false);
    row("text UTF-8 exact", T::Text, "Müller", "Müller", true);
    row("text UTF-8 case-sensitive", T::Text, "Müller", "MÜLLER", false);
    row("text with a dash is not a range", T::Text, "A-B", "A-B", true);

    // Wildcard matching
    row("* suffix", T::Text, "CT*", "CT HEAD", true);
    row("* matches empty", T::Text, "CT*", "CT", true);
    row("* suffix anchored at start", T::Text, "CT*", "MR CT", false);
    row("* prefix", T::Text, "*HEAD", "CT HEAD", true);
    row("* in the middle", T::Text, "C*D", "CT HEAD", true);
    row("* in the middle, anchored at end", T::Text, "C*D", "CT HEADS", false);
    row("** in the middle matches empty", T::Text, "C**D", "CD", true);
    row("two stars need two E", T::Text, "*E*E*", "EYE", true);
    row("two stars, one E", T::Text, "*E*E*", "HEAD", false);
    row("? one character", T::Text, "A?", "AB", true);
    row("? needs a character", T::Text, "A?", "A", false);
    row("? only one character", T::Text, "A?", "ABC", false);
    row("? against a 2-byte character", T::Text, "M?ller", "Müller", true);
    row("? against a 3-byte character", T::Text, "?", "山", true);
    row("?? against one 3-byte character", T::Text, "??", "山", false);
    row("? against a 4-byte character", T::Text, "?", "😀", true);
    row("?* vs empty", T::Text, "?*", "", false);
    row("*? vs one character", T::Text, "*?", "x", true);
    row("*? vs multi-byte tail", T::Text, "*?山", "ab山", true);
    row("code ?", T::Code, "C?", "CT", true);
    row("code wildcard is case-sensitive", T::Code, "c*", "CT", false);
    row("several stars", T::Text, "a*b*c", "aXbYc", true);
    row("several stars, missing end", T::Text, "a*b*c", "aXbY", false);
    row("backtracking", T::Text, "*a*a*a*a*b", "aaaaaaaaaaaaaaaa", false);
    row("backtracking, match", T::Text, "*a*a*b", "aaaaaaaab", true);
    row("ideographic prefix", T::Text, "山田*", "山田太郎", true);
    row("wildcard chars literal in stored", T::Text, "a?c", "a*c", true);

    // Person names
    row("PN exact", T::PersonName, "SMITH^JOHN", "SMITH^JOHN", true);
    row("PN case-insensitive", T::PersonName, "smith^john", "SMITH^JOHN", true);
    row("PN single value is not a prefix", T::PersonName, "SMITH", "SMITH^JOHN", false);
    row("PN wildcard", T::PersonName, "smith*", "Smith^John", true);
    row("PN Unicode folding, wildcard", T::PersonName, "müller*", "MÜLLER^HANS", true);
    row("PN Unicode folding, exact", T::PersonName, "MÜLLER", "müller", true);
    row("PN Greek folding", T::PersonName, "ΣΩΚΡΆΤΗΣ", "σωκράτησ", true);
    row("PN ? and *", T::PersonName, "*o?n*", "SMITH^JOHN", true);
    row("PN alphabetic group", T::PersonName, "yamada*", yamada, true);
    row("PN ideographic group", T::PersonName, "山田*", yamada, true);
    row("PN phonetic group exact", T::PersonName, "やまだ^たろう", yamada, true);
    row("PN group suffix", T::PersonName, "*太郎", yamada, true);
    row("PN given name alone is not a group", T::PersonName, "Tarou", yamada, false);
    row("PN two groups, ideographic", T::PersonName, "山田^太郎", "Yamada^Tarou=山田^太郎", true);
    row("PN with = is whole value", T::PersonName, "Yamada^Tarou=山田^太郎",
        "Yamada^Tarou=山田^太郎", true);
    row("PN with = does not match a longer value", T::PersonName, "Yamada^Tarou=山田^太郎", yamada,
        false);
    row("PN with = and wildcards", T::PersonName, "yamada*=山田*", yamada, true);
    row("PN leading = is whole value", T::PersonName, "=山田^太郎", "Yamada^Tarou=山田^太郎",
        false);
    row("PN *= matches the second group", T::PersonName, "*=山田*", "Yamada^Tarou=山田^太郎", true);
    row("PN vs empty", T::PersonName, "SMITH*", "", false);
    row("PN multi-valued stored", T::PersonName, "doe*", "SMITH^JOHN\\DOE^JANE", true);
    row("PN ASCII stored, non-ASCII elsewhere", T::PersonName, "doe*", "MÜLLER\\DOE^JANE", true);
    row("PN mismatch", T::PersonName, "jones*", "SMITH^JOHN", false);

    // Dates
    row("date exact", T::Date, "20200315", "20200315", true);
    row("date exact mismatch", T::Date, "20200315", "20200316", false);
    row("date range, lower bound", T::Date, "20200101-20201231", "20200101", true);
    row("date range, upper bound", T::Date, "20200101-20201231", "20201231", true);
    row("date range, after", T::Date, "20200101-20201231", "20210101", false);
    row("date range, before", T::Date, "20200101-20201231", "20191231", false);
    row("date open start", T::Date, "-20201231", "19000101", true);
    row("date open start, after", T::Date, "-20201231", "20210101", false);
    row("date open end", T::Date, "20200101-", "29991231", true);
    row("date open end, before", T::Date, "20200101-", "20191231", false);
    row("date range vs empty", T::Date, "20200101-20201231", "", false);
    row("date single vs empty", T::Date, "20200101", "", false);
    row("date range vs ACR-NEMA stored", T::Date, "20200101-20201231", "2020.06.15", true);
    row("date ACR-NEMA query", T::Date, "2020.01.01-2020.12.31", "20200615", true);
    row("date range with spaces", T::Date, "20200101 - 20201231", "20200615", true);
    row("date vs garbage", T::Date, "20200101-", "garbage", false);
    row("date vs truncated stored", T::Date, "20200101-", "2020", false);
    row("date list of ranges, first", T::Date, "20200101-20200131\\20200301-20200331", "20200115",
        true);
    row("date list of ranges, second", T::Date, "20200101-20200131\\20200301-20200331", "20200315",
        true);
    row("date list of ranges, neither", T::Date, "20200101-20200131\\20200301-20200331", "20200215",
        false);
    row("date leap day", T::Date, "20200229", "20200229", true);
    row("date multi-valued stored", T::Date, "20200101-20201231", "20190615\\20200615", true);

    // Times
    row("time range, lower bound", T::Time, "0800-1200", "0800", true);
    row("time range, full stored", T::Time, "0800-1200", "080000", true);
    row("time upper bound covers its minute", T::Time, "0800-1200", "120059.999999", true);
    row("time after", T::Time, "0800-1200", "1201", false);
    row("time before", T::Time, "0800-1200", "075959.999999", false);
    row("time ACR-NEMA stored", T::Time, "0800-1200", "08:30:00", true);
    row("time ACR-NEMA stored, fraction", T::Time, "0800-1200", "11:59:59.5", true);
    row("time ACR-NEMA query", T::Time, "08:00-12:00", "0930", true);
    row("time open start", T::Time, "-0800", "000000", true);
    row("time open start, after", T::Time, "-0800", "080100", false);
    row("time open end, leap second", T::Time, "1200-", "235960", true);
    row("time single partial is its minute", T::Time, "0800", "080030.5", true);
    row("time single partial, next minute", T::Time, "0800", "0801", false);
    row("time hour only", T::Time, "08", "0859", true);
    row("time fraction as range", T::Time, "083000.5", "083000.59", true);
    row("time fraction as range, above", T::Time, "083000.5", "083000.6", false);
    row("time vs empty", T::Time, "0800-1200", "", false);
    row("time stored truncated to the hour", T::Time, "0800-1200", "10", true);
    row("time stored truncated is its start", T::Time, "1030-1200", "10", false);
    row("time vs malformed stored", T::Time, "0800-1200", "10:3", false);

    // Date-times
    row("DT range", T::DateTime, "20200101-20201231", "20200615120000", true);
    row("DT stored year only", T::DateTime, "20200101-20201231", "2020", true);
    row("DT upper bound covers its day", T::DateTime, "20200101-20201231", "20201231235959.999999",
        true);
    row("DT after", T::DateTime, "20200101-20201231", "20210101", false);
    row("DT single month", T::DateTime, "202001", "20200131235959", true);
    row("DT single month, next", T::DateTime, "202002", "20200301", false);
    row("DT February of a leap year", T::DateTime, "202002", "20200229", true);
    row("DT offsets compared in UTC", T::DateTime, "20200101120000+0100-20200101130000+0100",
        "20200101110000+0000", true);
    row("DT offsets compared in UTC, before", T::DateTime, "20200101120000+0100-",
        "20200101103000+0000", false);
    row("DT stored without offset is wall-clock", T::DateTime, "20200101120000+0100-",
        "20200101120000", true);
    row("DT negative offset, single", T::DateTime, "20200101-0500", "20200101000000-0500", true);
    row("DT open start", T::DateTime, "-2020", "20191231235959", true);
    row("DT open end, before", T::DateTime, "2020-", "2019", false);
    row("DT range of offset values", T::DateTime, "20200101-0500-20200102-0500",
        "20200101120000-0500", true);
    row("DT vs empty", T::DateTime, "20200101-20201231", "", false);

    // UIDs
    row("UID exact", T::Uid, "1.2.3", "1.2.3", true);
    row("UID is not a prefix match", T::Uid, "1.2.3", "1.2.30", false);
    row("UID list, second", T::Uid, "1.2.3\\1.2.4", "1.2.4", true);
    row("UID list, none", T::Uid, "1.2.3\\1.2.4", "1.2.5", false);
    row("UID list, padded", T::Uid, "1.2.3\\ 1.2.4 ", "1.2.4", true);
    row("UID list, trailing separator", T::Uid, "1.2.3\\", "1.2.3", true);

    // Integers
    row("integer", T::Integer, "5", "5", true);
    row("integer query leading zero", T::Integer, "05", "5", true);
    row("integer stored leading zero", T::Integer, "5", "05", true);
    row("integer plus sign", T::Integer, "+5", "5", true);
    row("integer negative", T::Integer, "-3", "-3", true);
    row("integer is not a prefix", T::Integer, "5", "50", false);
    row("integer list", T::Integer, "1\\2", "2", true);
    row("integer vs empty", T::Integer, "5", "", false);
    row("integer minus zero", T::Integer, "0", "-0", true);
    row("integer vs decimal", T::Integer, "5", "5.0", false);

    // Multi-valued stored values
    row("multi-valued, second", T::Code, "MR", "CT\\MR", true);
    row("multi-valued, none", T::Code, "SR", "CT\\MR", false);
    row("multi-valued, no match across values", T::Code, "C*R", "CT\\MR", false);
    row("multi-valued vs list", T::Code, "CT\\PT", "MR\\PT", true);
    row("multi-valued wildcard", T::Code, "M?", "CT\\MR", true);
    row("multi-valued with empty value", T::Code, "CT", "\\CT", true);
}

void TestMatchRule::matches() {
    QFETCH(MatchType, type);
    QFETCH(QString, query);
    QFETCH(QString, stored);
    QFETCH(bool, expected);
    std::string error;
    const auto rule = MatchRule::parse(query.toStdString(), type, &error);
    QVERIFY2(rule, error.c_str());
    QCOMPARE(rule->type(), type);
    QCOMPARE(rule->matches(stored.toStdString()), expected);
}

void TestMatchRule::universal_data() {
    QTest::addColumn<MatchType>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("universal");
    QTest::newRow("empty") << T::Text << "" << true;
    QTest::newRow("*") << T::Text << "*" << true;
    QTest::newRow("**") << T::PersonName << "**" << true;
    QTest::newRow("padded *") << T::Date << " * " << true;
    QTest::newRow("empty list") << T::Uid << "\\" << true;
    QTest::newRow("list with *") << T::Uid << "1.2\\*" << true;
    QTest::newRow("?") << T::Text << "?" << false;
    QTest::newRow("*?") << T::Text << "*?" << false;
    QTest::newRow("value") << T::Integer << "0" << false;
    QTest::newRow("open range") << T::Date << "19000101-" << false;
}

void TestMatchRule::universal() {
    QFETCH(MatchType, type);
    QFETCH(QString, query);
    QFETCH(bool, universal);
    const auto rule = MatchRule::parse(query.toStdString(), type);
    QVERIFY(rule);
    QCOMPARE(rule->isUniversal(), universal);
}

void TestMatchRule::parseErrors_data() {
    QTest::addColumn<MatchType>("type");
    QTest::addColumn<QString>("query");
    auto row = [](const char* name, MatchType type, const char* query) {
        QTest::newRow(name) << type << QString::fromUtf8(query);
    };
    row("date month 13", T::Date, "20201301");
    row("date February 30", T::Date, "20200230");
    row("date February 29, common year", T::Date, "20210229");
    row("date truncated", T::Date, "2020");
    row("date years reversed", T::Date, "2020-2019");
    row("date range reversed", T::Date, "20201231-20200101");
    row("date range bad bound", T::Date, "20200101-20201301");
    row("date wildcard", T::Date, "2020*");
    row("date ?", T::Date, "2020010?");
    row("date two dashes", T::Date, "20200101-20200102-20200103");
    row("date lone dash", T::Date, "-");
    row("date letter", T::Date, "2020010a");
    row("date bad alternative", T::Date, "20200101\\2020");
    row("time hour 24", T::Time, "2400");
    row("time minute 60", T::Time, "0860");
    row("time reversed, across midnight", T::Time, "2200-0200");
    row("time odd digits", T::Time, "08000");
    row("time fraction without seconds", T::Time, "0800.5");
    row("time fraction too long", T::Time, "080000.1234567");
    row("time ACR-NEMA short", T::Time, "08:00:0");
    row("time wildcard", T::Time, "12*");
    row("time lone dash", T::Time, "-");
    row("DT month 13", T::DateTime, "20201301");
    row("DT reversed", T::DateTime, "20211231-20200101");
    row("DT offset out of range", T::DateTime, "2020+1500");
    row("DT wildcard", T::DateTime, "2020*");
    row("DT odd digits", T::DateTime, "20201");
    row("UID wildcard", T::Uid, "1.2.*");
    row("UID ?", T::Uid, "1.?");
    row("integer range", T::Integer, "5-10");
    row("integer wildcard", T::Integer, "1*");
    row("integer letters", T::Integer, "abc");
    row("integer too large", T::Integer, "99999999999999999999");
    row("integer decimal", T::Integer, "5.5");
}

void TestMatchRule::parseErrors() {
    QFETCH(MatchType, type);
    QFETCH(QString, query);
    std::string error;
    QVERIFY(!MatchRule::parse(query.toStdString(), type, &error));
    QVERIFY(!error.empty());
    QVERIFY(!MatchRule::parse(query.toStdString(), type)); // no error sink: still refused
}

void TestMatchRule::prefilter_data() {
    QTest::addColumn<MatchType>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("multiValued");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QByteArray>("lower"); // null: no bound
    QTest::addColumn<QByteArray>("upper");
    const QByteArray none;
    auto row = [](const char* name, MatchType type, const char* query, bool multi, const char* kind,
                  QStringList values, QByteArray lower, QByteArray upper) {
        QTest::newRow(name) << type << QString::fromUtf8(query) << multi << QString(kind) << values
                            << lower << upper;
    };
    row("text literal", T::Text, "CHEST", false, "Equal", {"CHEST"}, none, none);
    row("text literal, multi-valued", T::Text, "CHEST", true, "None", {}, none, none);
    row("text list", T::Text, "A\\B\\A", false, "In", {"A", "B"}, none, none);
    row("text prefix *", T::Text, "CT*", false, "Range", {}, "CT", "CT\xFF");
    row("text prefix ?", T::Text, "CT?X", false, "Range", {}, "CT", "CT\xFF");
    row("text leading *", T::Text, "*CT", false, "None", {}, none, none);
    row("text pattern and literal", T::Text, "CT*\\MR", false, "Range", {}, "CT", "MR");
    row("text patterns, one unanchored", T::Text, "CT*\\*MR", false, "None", {}, none, none);
    row("code wildcard, multi-valued", T::Code, "C*", true, "None", {}, none, none);
    row("code literal", T::Code, "CT", false, "Equal", {"CT"}, none, none);
    row("person name", T::PersonName, "SMITH", false, "None", {}, none, none);
    row("UID list", T::Uid, "1.2\\1.3", false, "In", {"1.2", "1.3"}, none, none);
    row("integer canonical", T::Integer, "05", false, "Equal", {"5"}, none, none);
    row("integer duplicates", T::Integer, "05\\5\\+5", false, "Equal", {"5"}, none, none);
    row("integer list", T::Integer, "-01\\2", false, "In", {"-1", "2"}, none, none);
    row("date single", T::Date, "20200101", false, "Equal", {"20200101"}, none, none);
    row("date ACR-NEMA single", T::Date, "2020.01.01", false, "Equal", {"20200101"}, none, none);
    row("date range", T::Date, "20200101-20201231", false, "Range", {}, "20200101", "20201231");
    row("date open start", T::Date, "-20201231", false, "Range", {}, none, "20201231");
    row("date open end", T::Date, "20200101-", false, "Range", {}, "20200101", none);
    row("date opposite open ranges", T::Date, "20200101-\\-20190101", false, "None", {}, none,
        none);
    row("date range and single", T::Date, "20200101-20200131\\20200301", false, "Range", {},
        "20200101", "20200301");
    row("date list", T::Date, "20200101\\20200301", false, "In", {"20200101", "20200301"}, none,
        none);
    row("time", T::Time, "0800-1200", false, "None", {}, none, none);
    row("DT years", T::DateTime, "2020-2021", false, "Range", {}, "2020",
        "20211231235960.999999\xFF");
    row("DT day", T::DateTime, "20200315", false, "Range", {}, "20200315",
        "20200315235960.999999\xFF");
    row("DT fraction lower bound", T::DateTime, "20200315101500.250-", false, "Range", {},
        "20200315101500.25", none);
    row("DT offset widens", T::DateTime, "20200101000000+0100-20200101000000+0100", false, "Range",
        {}, "2019123111", "20200101130000.999999\xFF");
    row("universal", T::Text, "", false, "None", {}, none, none);
    row("universal *", T::Date, "*", false, "None", {}, none, none);
}

void TestMatchRule::prefilter() {
    QFETCH(MatchType, type);
    QFETCH(QString, query);
    QFETCH(bool, multiValued);
    QFETCH(QString, kind);
    QFETCH(QStringList, values);
    QFETCH(QByteArray, lower);
    QFETCH(QByteArray, upper);
    const auto rule = MatchRule::parse(query.toStdString(), type);
    QVERIFY(rule);
    const IndexPrefilter filter = rule->prefilter(multiValued);
    QCOMPARE(QString(kindName(filter.kind)), kind);
    QStringList got;
    for (const auto& v : filter.values)
        got << QString::fromStdString(v);
    QCOMPARE(got, values);
    QCOMPARE(filter.lower.has_value(), !lower.isNull());
    if (filter.lower)
        QCOMPARE(QByteArray::fromStdString(*filter.lower), lower);
    QCOMPARE(filter.upper.has_value(), !upper.isNull());
    if (filter.upper)
        QCOMPARE(QByteArray::fromStdString(*filter.upper), upper);
}

// C-FIND identifiers pad UIDs to an even length with a NUL.
void TestMatchRule::nulPadding() {
    const auto rule = MatchRule::parse(std::string_view("1.2.3\0", 6), T::Uid);
    QVERIFY(rule);
    QVERIFY(rule->matches("1.2.3"));
    QCOMPARE(rule->prefilter(false).values, std::vector<std::string>{"1.2.3"});
}

// Random rules against random stored values: whenever matches() says yes, the prefilter must say
// yes too, or the SQL side would silently lose rows.
void TestMatchRule::prefilterIsSuperset() {
    std::mt19937 rng(20240601);
    auto below = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
    auto two = [](int v) { return std::string{char('0' + v / 10), char('0' + v % 10)}; };

    const std::vector<std::string> letters = {"A", "B", "C", "é", "山", "-"};
    auto word = [&](int maxLength, bool wildcards) {
        std::string s;
        const int length = below(maxLength + 1);
        for (int i = 0; i < length; ++i)
            s += wildcards && below(3) == 0 ? pick({"*", "?"}) : pick(letters);
        return s;
    };
    auto date = [&] {
        return std::to_string(2019 + below(3)) + two(1 + below(12)) + two(1 + below(28));
    };
    // A date-time truncated at a random component, with or without an offset. Values crowd
    // into two days and onto the ends of each component, where an index bound that is off by an
    // offset, a padding digit or a suffix would show.
    auto dateTime = [&] {
        std::string s = "2020";
        const std::vector<std::string> tail = {"01",
                                               pick({"01", "02"}),
                                               pick({"00", "12", "23"}),
                                               pick({"00", "59"}),
                                               pick({"00", "60"}),
                                               pick({".0", ".5", ".999999"})};
        const int keep = below(7);
        for (int i = 0; i < keep; ++i)
            s += tail[i];
        if (below(2))
            s += pick({"-1200", "-0500", "+0000", "+0100", "+1400"});
        return s;
    };
    auto rangeOf = [&](const std::function<std::string()>& value) {
        switch (below(4)) {
        case 0:
            return value();
        case 1:
            return "-" + value();
        case 2:
            return value() + "-";
        default: {
            std::string a = value(), b = value();
            return a + "-" + b; // reversed ranges are refused by parse() and skipped
        }
        }
    };

    struct Kind {
        MatchType type;
        std::function<std::string()> query;
        std::function<std::string()> stored;
    };
    const std::vector<Kind> kinds = {
        {T::Text, [&] { return word(3, true) + (below(4) ? "" : "\\" + word(3, true)); },
         [&] { return word(3, false); }},
        {T::Code, [&] { return word(2, true); }, [&] { return word(2, false); }},
        {T::PersonName, [&] { return word(2, true); }, [&] { return word(2, false); }},
        {T::Uid,
         [&] {
             return pick({"1.2", "1.2.3", "1.3"}) + (below(2) ? "" : "\\1.2.3");
         },
         [&] {
             return pick({"1.2", "1.2.3", "1.3", "2.5", ""});
         }},
        {T::Integer,
         [&] {
             return pick({"", "0", "00", "+"}) + std::to_string(below(5)) +
                    (below(3) ? "" : "\\-1");
         },
         [&] { return std::to_string(below(7) - 1); }},
        {T::Date, [&] { return rangeOf(date) + (below(4) ? "" : "\\" + rangeOf(date)); },
         [&] { return below(20) ? date() : std::string(); }},
        {T::Time, [&] { return rangeOf([&] { return two(below(24)) + two(below(60)); }); },
         [&] { return two(below(24)) + two(below(60)) + two(below(60)); }},
        {T::DateTime, [&] { return rangeOf(dateTime); }, dateTime},
    };

    for (const Kind& kind : kinds) {
        int parsed = 0, matched = 0, filtered = 0;
        const int rules = kind.type == T::DateTime ? 2000 : 300;
        for (int r = 0; r < rules; ++r) {
            const std::string query = kind.query();
            const auto rule = MatchRule::parse(query, kind.type);
            if (!rule)
                continue;
            ++parsed;
            const IndexPrefilter filter = rule->prefilter(false);
            const IndexPrefilter multiFilter = rule->prefilter(true);
            QCOMPARE(int(multiFilter.kind), int(IndexPrefilter::Kind::None));
            if (filter.kind != IndexPrefilter::Kind::None)
                ++filtered;
            for (int v = 0; v < 20; ++v) {
                const std::string stored = kind.stored();
                if (!rule->matches(stored))
                    continue;
                ++matched;
                if (!satisfies(filter, stored))
                    QFAIL(qPrintable(QStringLiteral("type %1: \"%2\" matches \"%3\" but the "
                                                    "prefilter (%4) drops it")
                                         .arg(int(kind.type))
                                         .arg(QString::fromStdString(query),
                                              QString::fromStdString(stored),
                                              kindName(filter.kind))));
            }
        }
        // The check means nothing unless rules parse, match and actually filter.
        QVERIFY2(parsed > 100, qPrintable(QString::number(int(kind.type))));
        QVERIFY2(matched > 100, qPrintable(QString::number(int(kind.type))));
        const bool filters = kind.type != T::PersonName && kind.type != T::Time;
        QVERIFY(!filters || filtered > 50);
    }
}

QTEST_APPLESS_MAIN(TestMatchRule)
#include "tst_matchrule.moc"
