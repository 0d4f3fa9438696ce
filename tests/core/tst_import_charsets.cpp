// Names come out of the cache as the right UTF-8, whatever the file's Specific Character Set:
// pydicom's character-set samples (PS3.5 Annexes H, I, J and more) imported one by one, plus
// the same through C-FIND matching.

#include "core/cache/Cache.h"
#include "core/import/Importer.h"
#include "core/query/CacheQuery.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Cache> importOne(const QTemporaryDir& dir, const fs::path& file) {
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    if (!cache)
        return nullptr;
    const ImportReport report = Importer(*cache).run({file});
    if (report.imported != 1)
        return nullptr;
    return cache;
}

std::vector<std::string> column(Cache& cache, QueryLevel level,
                                const std::vector<std::string>& keys, const char* keyword) {
    std::string error;
    auto query = CacheQuery::parse(level, keys, &error);
    std::vector<std::string> values;
    if (!query)
        return values;
    const auto& cols = query->columns();
    query->run(
        cache.index(),
        [&](const CacheQuery::Row& row) {
            for (std::size_t c = 0; c < cols.size(); ++c)
                if (std::string_view(cols[c]->keyword) == keyword)
                    values.push_back(std::get<std::string>(row[c]));
            return true;
        },
        &error);
    return values;
}

} // namespace

class TestImportCharsets : public QObject {
    Q_OBJECT
private slots:
    void namesAreUtf8_data();
    void namesAreUtf8();
    void matchingFindsEveryComponentGroup();
};

void TestImportCharsets::namesAreUtf8_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::newRow("Arabic ISO_IR 127") << "chrArab.dcm" << QString::fromUtf8("قباني^لنزار");
    QTest::newRow("French ISO_IR 100") << "chrFren.dcm" << QString::fromUtf8("Buc^Jérôme");
    QTest::newRow("German ISO_IR 100") << "chrGerm.dcm" << QString::fromUtf8("Äneas^Rüdiger");
    QTest::newRow("Greek ISO_IR 126") << "chrGreek.dcm" << QString::fromUtf8("Διονυσιος");
    QTest::newRow("Japanese IR 87")
        << "chrH31.dcm" << QString::fromUtf8("Yamada^Tarou=山田^太郎=やまだ^たろう");
    QTest::newRow("Japanese IR 13 + IR 87")
        << "chrH32.dcm" << QString::fromUtf8("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう");
    QTest::newRow("Japanese multi") << "chrJapMulti.dcm" << QString::fromUtf8("やまだ^たろう");
    QTest::newRow("Japanese explicit IR 6")
        << "chrJapMultiExplicitIR6.dcm" << QString::fromUtf8("やまだ^たろう");
    QTest::newRow("Hebrew ISO_IR 138") << "chrHbrw.dcm" << QString::fromUtf8("שרון^דבורה");
    QTest::newRow("Korean IR 149")
        << "chrI2.dcm" << QString::fromUtf8("Hong^Gildong=洪^吉洞=홍^길동");
    QTest::newRow("Korean multi") << "chrKoreanMulti.dcm" << QString::fromUtf8("김희중");
    QTest::newRow("Cyrillic ISO_IR 144") << "chrRuss.dcm" << QString::fromUtf8("Люкceмбypг");
    QTest::newRow("UTF-8 ISO_IR 192") << "chrX1.dcm" << QString::fromUtf8("Wang^XiaoDong=王^小東");
    QTest::newRow("GB18030") << "chrX2.dcm" << QString::fromUtf8("Wang^XiaoDong=王^小东");
}

void TestImportCharsets::namesAreUtf8() {
    QFETCH(QString, file);
    QFETCH(QString, name);
    QTemporaryDir dir;
    auto cache = importOne(dir, pydicomData() / "charset_files" / file.toStdString());
    QVERIFY(cache);
    const auto names = column(*cache, QueryLevel::Patient, {}, "PatientName");
    QCOMPARE(names.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(names.front()), name);
}

void TestImportCharsets::matchingFindsEveryComponentGroup() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY(cache);
    const fs::path charsets = pydicomData() / "charset_files";
    Importer(*cache).run({charsets / "chrH31.dcm", charsets / "chrI2.dcm", charsets / "chrGerm.dcm",
                          charsets / "chrX2.dcm"});
    auto count = [&](const std::string& key) {
        return column(*cache, QueryLevel::Study, {key}, "StudyInstanceUID").size();
    };
    QCOMPARE(count("PatientName=山田*"), std::size_t(1));
    QCOMPARE(count("PatientName=yamada^tarou"), std::size_t(1));
    QCOMPARE(count("PatientName=홍^길동"), std::size_t(1));
    QCOMPARE(count("PatientName=äneas*"), std::size_t(1)); // PN matching ignores case
    QCOMPARE(count("PatientName=*^小东"), std::size_t(1));
    QCOMPARE(count("PatientName=*"), std::size_t(4));
    QCOMPARE(count("PatientName=Nobody*"), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestImportCharsets)
#include "tst_import_charsets.moc"
