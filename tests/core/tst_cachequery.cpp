// C-FIND matching over the cache index, end to end through SQL: a small cache of four
// studies and a table of queries with the identifiers they must return.

#include "core/cache/Cache.h"
#include "core/query/CacheQuery.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pellucid;
namespace fs = std::filesystem;

namespace {

StoredInstance make(const std::string& patientName, const std::string& patientId,
                    const std::string& birth, const std::string& sex, const std::string& study,
                    const std::string& date, const std::string& time, const std::string& acc,
                    const std::string& desc, const std::string& series, const std::string& modality,
                    long long seriesNumber, const std::string& sop) {
    StoredInstance s;
    InstanceHeader& h = s.header;
    h.patientName = patientName;
    h.patientId = patientId;
    h.patientBirthDate = birth;
    h.patientSex = sex;
    h.studyInstanceUid = study;
    h.studyDate = date;
    h.studyTime = time;
    h.accessionNumber = acc;
    h.studyDescription = desc;
    h.seriesInstanceUid = series;
    h.modality = modality;
    h.seriesNumber = seriesNumber;
    h.sopInstanceUid = sop;
    h.sopClassUid =
        modality == "SR" ? "1.2.840.10008.5.1.4.1.1.88.22" : "1.2.840.10008.5.1.4.1.1.2";
    h.instanceNumber = 1;
    s.relativePath = "dicom/" + sop;
    s.fileSize = 1;
    return s;
}

const char* idKeyword(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return "PatientID";
    case QueryLevel::Study:
        return "StudyInstanceUID";
    case QueryLevel::Series:
        return "SeriesInstanceUID";
    case QueryLevel::Instance:
        return "SOPInstanceUID";
    }
    return "";
}

} // namespace

class TestCacheQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void refusesBadKeys_data();
    void refusesBadKeys();
    void exactKeysUseAnIndex();
    void returnsCountsAndLimits();

private:
    QTemporaryDir dir_;
    std::unique_ptr<Cache> cache_;
    std::vector<std::string> ids(QueryLevel level, const std::vector<std::string>& keys);
};

void TestCacheQuery::initTestCase() {
    std::string error;
    cache_ = Cache::open(fs::path(dir_.path().toStdString()), &error);
    QVERIFY2(cache_, error.c_str());
    auto a = make("SMITH^JOHN", "P001", "19600101", "M", "1.1", "20200115", "083000", "A1",
                  "CT CHEST", "1.1.1", "CT", 1, "1.1.1.1");
    a.header.referringPhysicianName = "HOUSE^GREGORY";
    auto b = a;
    b.header.sopInstanceUid = "1.1.1.2";
    b.relativePath += "b";
    const std::vector<StoredInstance> batch = {
        a,
        b,
        make("SMITH^JOHN", "P001", "19600101", "M", "1.1", "20200115", "083000", "A1", "CT CHEST",
             "1.1.2", "SR", 99, "1.1.2.1"),
        make("SMITH^JOHN", "P001", "19600101", "M", "1.2", "20210620", "140000", "A2", "MR BRAIN",
             "1.2.1", "MR", 3, "1.2.1.1"),
        make("MÜLLER^JÖRG", "P002", "19750505", "F", "2.1", "20200301", "0915", "A3", "CT ABDOMEN",
             "2.1.1", "CT", 2, "2.1.1.1"),
        make("Yamada^Tarou=山田^太郎", "P003", "", "", "3.1", "", "", "", "", "3.1.1", "US", 1,
             "3.1.1.1"),
    };
    std::vector<InsertOutcome> outcomes;
    QVERIFY2(cache_->index().insert(batch, &outcomes, &error), error.c_str());
}

std::vector<std::string> TestCacheQuery::ids(QueryLevel level,
                                             const std::vector<std::string>& keys) {
    std::string error;
    auto query = CacheQuery::parse(level, keys, &error);
    if (!query) {
        QTest::qFail(error.c_str(), __FILE__, __LINE__);
        return {};
    }
    std::size_t column = 0;
    for (std::size_t c = 0; c < query->columns().size(); ++c)
        if (std::string_view(query->columns()[c]->keyword) == idKeyword(level))
            column = c;
    std::vector<std::string> out;
    const bool ok = query->run(
        cache_->index(),
        [&](const CacheQuery::Row& row) {
            out.push_back(std::get<std::string>(row[column]));
            return true;
        },
        &error);
    if (!ok)
        QTest::qFail(error.c_str(), __FILE__, __LINE__);
    std::sort(out.begin(), out.end());
    return out;
}

void TestCacheQuery::matches_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("expected");
    const int patient = int(QueryLevel::Patient), study = int(QueryLevel::Study),
              series = int(QueryLevel::Series), image = int(QueryLevel::Instance);
    auto row = [](const char* name, int level, QStringList keys, QStringList expected) {
        QTest::newRow(name) << level << keys << expected;
    };
    row("universal", study, {}, {"1.1", "1.2", "2.1", "3.1"});
    row("PN wildcard, case-insensitive", study, {"PatientName=smith*"}, {"1.1", "1.2"});
    row("PN single value", study, {"PatientName=SMITH^JOHN"}, {"1.1", "1.2"});
    row("PN Latin-1 folded", study, {"PatientName=müller*"}, {"2.1"});
    row("PN ideographic group", study, {"PatientName=山田*"}, {"3.1"});
    row("PN ? and *", study, {"PatientName=*o?n*"}, {"1.1", "1.2"});
    row("PN universal", study, {"PatientName=*"}, {"1.1", "1.2", "2.1", "3.1"});
    row("date range", study, {"StudyDate=20200101-20201231"}, {"1.1", "2.1"});
    row("date open start", study, {"StudyDate=-20200201"}, {"1.1"});
    row("date open end", study, {"StudyDate=20210101-"}, {"1.2"});
    row("date single", study, {"StudyDate=20200301"}, {"2.1"});
    row("time range", study, {"StudyTime=0800-0930"}, {"1.1", "2.1"});
    row("UID list", study, {"StudyInstanceUID=1.1\\2.1"}, {"1.1", "2.1"});
    row("multi-valued stored", study, {"ModalitiesInStudy=SR"}, {"1.1"});
    row("modality CT", study, {"ModalitiesInStudy=CT"}, {"1.1", "2.1"});
    row("modality list", study, {"ModalitiesInStudy=CT\\MR"}, {"1.1", "1.2", "2.1"});
    row("? needs a character", study, {"AccessionNumber=A?"}, {"1.1", "1.2", "2.1"});
    row("text wildcard", study, {"StudyDescription=CT*"}, {"1.1", "2.1"});
    row("text is case-sensitive", study, {"StudyDescription=ct*"}, {});
    row("code", study, {"PatientSex=F"}, {"2.1"});
    row("birth date range", study, {"PatientBirthDate=19600101-19700101"}, {"1.1", "1.2"});
    row("referring physician", study, {"ReferringPhysicianName=house*"}, {"1.1"});
    row("two keys", study, {"PatientID=P00?", "ModalitiesInStudy=CT"}, {"1.1", "2.1"});
    row("tag instead of keyword", study, {"0010,0020=P002"}, {"2.1"});
    row("series of a study", series, {"StudyInstanceUID=1.1"}, {"1.1.1", "1.1.2"});
    row("series modality", series, {"Modality=CT"}, {"1.1.1", "2.1.1"});
    row("series number", series, {"SeriesNumber=1"}, {"1.1.1", "3.1.1"});
    row("series number with zero", series, {"SeriesNumber=01"}, {"1.1.1", "3.1.1"});
    row("relational: patient key at series level", series, {"PatientID=P002"}, {"2.1.1"});
    row("images of a series", image, {"SeriesInstanceUID=1.1.1"}, {"1.1.1.1", "1.1.1.2"});
    row("image by class", image, {"SOPClassUID=1.2.840.10008.5.1.4.1.1.88.22"}, {"1.1.2.1"});
    row("patients", patient, {}, {"P001", "P002", "P003"});
    row("patients by name", patient, {"PatientName=*^J*"}, {"P001", "P002"});
    row("empty value matches nothing in a range", study, {"StudyDate=19000101-20991231"},
        {"1.1", "1.2", "2.1"});
}

void TestCacheQuery::matches() {
    QFETCH(int, level);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, expected);
    std::vector<std::string> k;
    for (const QString& key : keys)
        k.push_back(key.toStdString());
    QStringList got;
    for (const auto& id : ids(static_cast<QueryLevel>(level), k))
        got << QString::fromStdString(id);
    QCOMPARE(got, expected);
}

void TestCacheQuery::refusesBadKeys_data() {
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown keyword") << int(QueryLevel::Study) << "PatientWeight=80";
    QTest::newRow("below the level") << int(QueryLevel::Study) << "SOPInstanceUID=1.2";
    QTest::newRow("invalid date") << int(QueryLevel::Study) << "StudyDate=20201301";
    QTest::newRow("reversed range") << int(QueryLevel::Study) << "StudyDate=20211231-20200101";
    QTest::newRow("date wildcard") << int(QueryLevel::Study) << "StudyDate=2020*";
}

void TestCacheQuery::refusesBadKeys() {
    QFETCH(int, level);
    QFETCH(QString, key);
    std::string error;
    QVERIFY(!CacheQuery::parse(static_cast<QueryLevel>(level), {key.toStdString()}, &error));
    QVERIFY(!error.empty());
}

void TestCacheQuery::exactKeysUseAnIndex() {
    std::string error;
    for (const char* key : {"PatientID=P002", "StudyInstanceUID=1.1", "AccessionNumber=A*",
                            "StudyDate=20200101-20201231"}) {
        auto query = CacheQuery::parse(QueryLevel::Study, {key}, &error);
        QVERIFY(query);
        std::string plan;
        QVERIFY(cache_->index().select("EXPLAIN QUERY PLAN " + query->sql(), {},
                                       [&](const CacheIndex::Row& row) {
                                           plan += std::get<std::string>(row[3]) + "\n";
                                           return true;
                                       }));
        QVERIFY2(plan.find("USING INDEX") != std::string::npos ||
                     plan.find("USING COVERING INDEX") != std::string::npos,
                 (std::string(key) + "\n" + plan).c_str());
        QVERIFY2(plan.find("SCAN st") == std::string::npos,
                 (std::string(key) + "\n" + plan).c_str());
    }
}

void TestCacheQuery::returnsCountsAndLimits() {
    std::string error;
    auto query = CacheQuery::parse(QueryLevel::Study, {"StudyInstanceUID=1.1"}, &error);
    QVERIFY(query);
    long long instances = -1, series = -1;
    std::string modalities;
    query->run(
        cache_->index(),
        [&](const CacheQuery::Row& row) {
            for (std::size_t c = 0; c < query->columns().size(); ++c) {
                const std::string_view k = query->columns()[c]->keyword;
                if (k == "NumberOfStudyRelatedInstances")
                    instances = std::get<long long>(row[c]);
                else if (k == "NumberOfStudyRelatedSeries")
                    series = std::get<long long>(row[c]);
                else if (k == "ModalitiesInStudy")
                    modalities = std::get<std::string>(row[c]);
            }
            return true;
        },
        &error);
    QCOMPARE(instances, 3LL);
    QCOMPARE(series, 2LL);
    QCOMPARE(modalities, std::string("CT\\SR"));
    auto all = CacheQuery::parse(QueryLevel::Study, {}, &error);
    all->setLimit(2);
    int rows = 0;
    all->run(
        cache_->index(), [&](const CacheQuery::Row&) { return ++rows > 0; }, &error);
    QCOMPARE(rows, 2);
}

QTEST_GUILESS_MAIN(TestCacheQuery)
#include "tst_cachequery.moc"
