// The cache index: schema versioning and migration, WAL, an index behind every query key,
// batched inserts with duplicates, parent upserts and the aggregate counts.

#include "core/cache/Cache.h"
#include "core/cache/CacheSchema.h"
#include "core/query/QueryAttributes.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pellucid;
namespace fs = std::filesystem;

namespace {

// The first column of the first row, as text.
std::string scalar(CacheIndex& index, const std::string& sql) {
    std::string out;
    index.select(sql, {}, [&](const CacheIndex::Row& row) {
        if (const auto* number = std::get_if<long long>(&row[0]))
            out = std::to_string(*number);
        else if (const auto* text = std::get_if<std::string>(&row[0]))
            out = *text;
        return false;
    });
    return out;
}

std::string plan(CacheIndex& index, const std::string& sql) {
    std::string out;
    index.select("EXPLAIN QUERY PLAN " + sql, {}, [&](const CacheIndex::Row& row) {
        out += std::get<std::string>(row[3]) + "\n";
        return true;
    });
    return out;
}

StoredInstance instance(const std::string& study, const std::string& series, const std::string& sop,
                        const std::string& modality) {
    StoredInstance s;
    s.header.patientName = "DOE^JANE";
    s.header.patientId = "P1";
    s.header.studyInstanceUid = study;
    s.header.seriesInstanceUid = series;
    s.header.sopInstanceUid = sop;
    s.header.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
    s.header.modality = modality;
    s.relativePath = "dicom/" + sop + ".dcm";
    s.fileSize = 100;
    return s;
}

const char* tableOf(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return "patient p";
    case QueryLevel::Study:
        return "study st";
    case QueryLevel::Series:
        return "series se";
    case QueryLevel::Instance:
        return "instance i";
    }
    return "";
}

} // namespace

class TestCacheIndex : public QObject {
    Q_OBJECT
private slots:
    void freshIndexHasLatestSchemaInWalMode();
    void reopeningDoesNotMigrateTwice();
    void refusesASchemaFromTheFuture();
    void everyQueryKeyHasAnIndex();
    void insertUpsertsParentsAndCounts();
    void duplicateFiledUnderAnotherStudyLeavesNoEmptyRows();
    void failedBatchLeavesNothing();
};

void TestCacheIndex::freshIndexHasLatestSchemaInWalMode() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY2(cache, error.c_str());
    QCOMPARE(cache->index().schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(cache->index(), "PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(scalar(cache->index(), "PRAGMA synchronous"), std::string("2")); // FULL
    QVERIFY(fs::is_directory(cache->root() / "dicom"));
    QVERIFY(fs::is_directory(cache->root() / "incoming"));
}

void TestCacheIndex::reopeningDoesNotMigrateTwice() {
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    std::string error;
    { QVERIFY(Cache::open(root, &error)); }
    auto cache = Cache::open(root, &error);
    QVERIFY(cache);
    QCOMPARE(scalar(cache->index(), "SELECT count(*) FROM schema_version"),
             std::to_string(latestSchemaVersion()));
}

void TestCacheIndex::refusesASchemaFromTheFuture() {
    QTemporaryDir dir;
    const fs::path root(dir.path().toStdString());
    std::string error;
    {
        auto cache = Cache::open(root, &error);
        QVERIFY(cache);
    }
    {
        // A newer program wrote the file: written beside the cache API, as that program would.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open((root / "index.sqlite").string().c_str(), &db), SQLITE_OK);
        QVERIFY(execSql(db, "INSERT INTO schema_version VALUES (999, 'tomorrow')", &error));
        sqlite3_close(db);
    }
    QVERIFY(!Cache::open(root, &error));
    QVERIFY2(error.find("newer") != std::string::npos, error.c_str());
}

void TestCacheIndex::everyQueryKeyHasAnIndex() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY(cache);
    for (const QueryAttribute& a : queryAttributes()) {
        const std::string column = a.column;
        // Counts are derived per study/series, never searched for on their own.
        if (column.find("number_of_") != std::string::npos || column == "i.file_size")
            continue;
        const std::string sql =
            std::string("SELECT 1 FROM ") + tableOf(a.level) + " WHERE " + column + " = 1";
        const std::string p = plan(cache->index(), sql);
        QVERIFY2(p.find("USING INDEX") != std::string::npos ||
                     p.find("USING COVERING INDEX") != std::string::npos,
                 (a.keyword + std::string(": ") + p).c_str());
    }
}

void TestCacheIndex::insertUpsertsParentsAndCounts() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY(cache);
    auto a = instance("1.1", "1.1.1", "1.1.1.1", "CT");
    auto b = instance("1.1", "1.1.1", "1.1.1.2", "CT");
    auto c = instance("1.1", "1.1.2", "1.1.2.1", "MR");
    b.header.studyDescription = "CHEST"; // the first instance had none: filled in, not lost
    std::vector<InsertOutcome> outcomes;
    QVERIFY2(cache->index().insert({a, b, c}, &outcomes, &error), error.c_str());
    QCOMPARE(outcomes, (std::vector<InsertOutcome>(3, InsertOutcome::Inserted)));
    CacheIndex& db = cache->index();
    QCOMPARE(scalar(db, "SELECT modalities_in_study FROM study"), std::string("CT\\MR"));
    QCOMPARE(scalar(db, "SELECT number_of_series FROM study"), std::string("2"));
    QCOMPARE(scalar(db, "SELECT number_of_instances FROM study"), std::string("3"));
    QCOMPARE(scalar(db, "SELECT study_description FROM study"), std::string("CHEST"));
    QCOMPARE(scalar(db, "SELECT number_of_studies FROM patient"), std::string("1"));
    QCOMPARE(scalar(db, "SELECT number_of_instances FROM series WHERE series_instance_uid='1.1.1'"),
             std::string("2"));

    auto again = a;
    again.relativePath = "dicom/other.dcm";
    auto d = instance("1.1", "1.1.2", "1.1.2.2", "MR");
    QVERIFY(cache->index().insert({again, d}, &outcomes, &error));
    QCOMPARE(outcomes[0], InsertOutcome::Duplicate);
    QCOMPARE(outcomes[1], InsertOutcome::Inserted);
    QCOMPARE(scalar(db, "SELECT number_of_instances FROM study"), std::string("4"));
    QVERIFY(cache->index().containsInstance("1.1.2.2"));
    QVERIFY(!cache->index().isFileIndexed("dicom/other.dcm"));
    const auto totals = cache->index().totals();
    QCOMPARE(totals.patients, 1LL);
    QCOMPARE(totals.studies, 1LL);
    QCOMPARE(totals.series, 2LL);
    QCOMPARE(totals.instances, 4LL);
}

void TestCacheIndex::duplicateFiledUnderAnotherStudyLeavesNoEmptyRows() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY(cache);
    std::vector<InsertOutcome> outcomes;
    QVERIFY(cache->index().insert({instance("1.1", "1.1.1", "9.9", "CT")}, &outcomes, &error));
    auto stray = instance("2.2", "2.2.1", "9.9", "CT");
    stray.header.patientId = "P2";
    stray.relativePath = "dicom/stray.dcm";
    QVERIFY(cache->index().insert({stray}, &outcomes, &error));
    QCOMPARE(outcomes[0], InsertOutcome::Duplicate);
    const auto totals = cache->index().totals();
    QCOMPARE(totals.patients, 1LL);
    QCOMPARE(totals.studies, 1LL);
    QCOMPARE(totals.series, 1LL);
}

void TestCacheIndex::failedBatchLeavesNothing() {
    QTemporaryDir dir;
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()), &error);
    QVERIFY(cache);
    auto a = instance("1.1", "1.1.1", "1.1.1.1", "CT");
    auto b = instance("1.1", "1.1.1", "1.1.1.2", "CT");
    b.relativePath = a.relativePath; // two instances cannot share one file
    std::vector<InsertOutcome> outcomes;
    QVERIFY(!cache->index().insert({a, b}, &outcomes, &error));
    QVERIFY(!error.empty());
    const auto totals = cache->index().totals();
    QCOMPARE(totals.instances + totals.series + totals.studies + totals.patients, 0LL);
}

QTEST_GUILESS_MAIN(TestCacheIndex)
#include "tst_cacheindex.moc"
