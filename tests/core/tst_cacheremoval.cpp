// Removing studies and series from the cache: index rows in one transaction with the counts
// kept right, patients without studies gone, files deleted only after the commit, orphan
// files cleaned up; and least-recently-used eviction to a size limit.

#include "core/cache/Cache.h"
#include "core/cache/CacheEviction.h"
#include "core/cache/CacheRemoval.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <thread>

using namespace pellucid;
namespace fs = std::filesystem;

namespace {

long long number(Cache& cache, const std::string& sql) {
    long long out = -1;
    cache.index().select(sql, {}, [&](const CacheIndex::Row& row) {
        if (const auto* n = std::get_if<long long>(&row[0]))
            out = *n;
        return false;
    });
    return out;
}

std::string text(Cache& cache, const std::string& sql) {
    std::string out;
    cache.index().select(sql, {}, [&](const CacheIndex::Row& row) {
        if (const auto* t = std::get_if<std::string>(&row[0]))
            out = *t;
        return false;
    });
    return out;
}

// Adds `count` instances of one series, with real files of `size` bytes each.
void addSeries(Cache& cache, const std::string& patient, const std::string& study,
               const std::string& series, const std::string& modality, int count,
               std::uint64_t size = 1000) {
    std::vector<StoredInstance> batch;
    for (int i = 0; i < count; ++i) {
        StoredInstance s;
        s.header.patientName = patient;
        s.header.patientId = patient;
        s.header.studyInstanceUid = study;
        s.header.seriesInstanceUid = series;
        s.header.sopInstanceUid = series + "." + std::to_string(i + 1);
        s.header.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
        s.header.modality = modality;
        s.relativePath = "dicom/" + study + "/" + series + "/" + std::to_string(i + 1) + ".dcm";
        s.fileSize = size;
        fs::create_directories(cache.files().absolute(s.relativePath).parent_path());
        std::ofstream(cache.files().absolute(s.relativePath)) << std::string(size, 'x');
        batch.push_back(s);
    }
    std::vector<InsertOutcome> outcomes;
    std::string error;
    QVERIFY2(cache.index().insert(batch, &outcomes, &error), error.c_str());
}

std::unique_ptr<Cache> openCache(const QTemporaryDir& dir) {
    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()) / "cache", &error);
    if (!cache)
        qWarning("%s", error.c_str());
    return cache;
}

} // namespace

class TestCacheRemoval : public QObject {
    Q_OBJECT
private slots:
    void removesAStudyItsFilesAndItsLonelyPatient();
    void removesASeriesAndKeepsTheCountsRight();
    void lastSeriesTakesTheStudyWithIt();
    void unknownUidsChangeNothing();
    void orphanFilesAreCleanedUp();
    void evictsLeastRecentlyUsedFirst();
    void neverEvictsAProtectedStudy();
    void touchOfAnUnknownStudyFails();
};

void TestCacheRemoval::removesAStudyItsFilesAndItsLonelyPatient() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1.1", "1.1.1", "CT", 3);
    addSeries(*cache, "A", "1.1", "1.1.2", "MR", 2);
    addSeries(*cache, "A", "1.2", "1.2.1", "CT", 1);
    addSeries(*cache, "B", "2.1", "2.1.1", "US", 4);
    const fs::path file = cache->files().absolute("dicom/2.1/2.1.1/1.dcm");
    QVERIFY(fs::exists(file));

    RemovalReport report;
    std::string error;
    QVERIFY2(removeStudies(*cache, {"2.1"}, &report, &error), error.c_str());
    QCOMPARE(report.studyInstanceUids, std::vector<std::string>{"2.1"});
    QCOMPARE(report.seriesInstanceUids, std::vector<std::string>{"2.1.1"});
    QCOMPARE(report.instances, std::size_t(4));
    QCOMPARE(report.bytes, std::uint64_t(4000));
    QVERIFY(report.fileErrors.empty());
    QVERIFY(!fs::exists(file));
    const auto totals = cache->index().totals();
    QCOMPARE(totals.patients, 1LL); // B had no other study
    QCOMPARE(totals.studies, 2LL);
    QCOMPARE(totals.series, 3LL);
    QCOMPARE(totals.instances, 6LL);

    // One of A's two studies: A stays, with one study.
    QVERIFY2(removeStudies(*cache, {"1.2"}, &report, &error), error.c_str());
    QCOMPARE(number(*cache, "SELECT number_of_studies FROM patient WHERE patient_id = 'A'"), 1LL);
    QCOMPARE(cache->index().totals().patients, 1LL);
}

void TestCacheRemoval::removesASeriesAndKeepsTheCountsRight() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1.1", "1.1.1", "CT", 3);
    addSeries(*cache, "A", "1.1", "1.1.2", "MR", 2);
    RemovalReport report;
    std::string error;
    QVERIFY2(removeSeries(*cache, {"1.1.2"}, &report, &error), error.c_str());
    QVERIFY(report.studyInstanceUids.empty()); // the study keeps its CT series
    QCOMPARE(report.seriesInstanceUids, std::vector<std::string>{"1.1.2"});
    QCOMPARE(report.instances, std::size_t(2));
    QCOMPARE(number(*cache, "SELECT number_of_series FROM study"), 1LL);
    QCOMPARE(number(*cache, "SELECT number_of_instances FROM study"), 3LL);
    QCOMPARE(text(*cache, "SELECT modalities_in_study FROM study"), std::string("CT"));
    QVERIFY(!fs::exists(cache->files().absolute("dicom/1.1/1.1.2/1.dcm")));
    QVERIFY(fs::exists(cache->files().absolute("dicom/1.1/1.1.1/1.dcm")));

    // Instances arriving later for the remaining series are still counted incrementally.
    std::vector<StoredInstance> more(1);
    more[0].header.patientName = more[0].header.patientId = "A";
    more[0].header.studyInstanceUid = "1.1";
    more[0].header.seriesInstanceUid = "1.1.1";
    more[0].header.sopInstanceUid = "1.1.1.99";
    more[0].header.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
    more[0].header.modality = "CT";
    more[0].relativePath = "dicom/1.1/1.1.1/99.dcm";
    std::vector<InsertOutcome> outcomes;
    QVERIFY(cache->index().insert(more, &outcomes, &error));
    QCOMPARE(number(*cache, "SELECT number_of_instances FROM series"), 4LL);
    QCOMPARE(number(*cache, "SELECT number_of_instances FROM study"), 4LL);
}

void TestCacheRemoval::lastSeriesTakesTheStudyWithIt() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1.1", "1.1.1", "CT", 2);
    RemovalReport report;
    std::string error;
    QVERIFY2(removeSeries(*cache, {"1.1.1"}, &report, &error), error.c_str());
    QCOMPARE(report.studyInstanceUids, std::vector<std::string>{"1.1"});
    const auto totals = cache->index().totals();
    QCOMPARE(totals.patients + totals.studies + totals.series + totals.instances, 0LL);
}

void TestCacheRemoval::unknownUidsChangeNothing() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1.1", "1.1.1", "CT", 2);
    RemovalReport report;
    std::string error;
    QVERIFY(removeStudies(*cache, {"9.9"}, &report, &error));
    QVERIFY(removeSeries(*cache, {"9.9.9"}, &report, &error));
    QCOMPARE(report.instances, std::size_t(0));
    QCOMPARE(cache->index().totals().instances, 2LL);
}

void TestCacheRemoval::orphanFilesAreCleanedUp() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1.1", "1.1.1", "CT", 2);
    // What a crash between the commit and the file deletion leaves behind.
    const fs::path orphan = cache->files().absolute("dicom/dead/beef/1.dcm");
    fs::create_directories(orphan.parent_path());
    std::ofstream(orphan) << "orphan";
    std::string error;
    // A fresh file may be an intake's that is about to be indexed: left alone.
    QCOMPARE(removeOrphanFiles(*cache, std::chrono::hours(1), &error), std::size_t(0));
    QVERIFY(fs::exists(orphan));
    QCOMPARE(removeOrphanFiles(*cache, std::chrono::seconds(0), &error), std::size_t(1));
    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(!fs::exists(orphan));
    QVERIFY(!fs::exists(orphan.parent_path().parent_path()));
    QVERIFY(fs::exists(cache->files().absolute("dicom/1.1/1.1.1/1.dcm")));
    QVERIFY(fs::exists(cache->files().absolute("dicom/1.1/1.1.1/2.dcm")));
}

void TestCacheRemoval::evictsLeastRecentlyUsedFirst() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1", "1.1", "CT", 1, 1000); // arrives first
    addSeries(*cache, "B", "2", "2.1", "CT", 1, 1000);
    addSeries(*cache, "C", "3", "3.1", "CT", 1, 1000);
    QCOMPARE(cacheSizeBytes(*cache), std::uint64_t(3000));
    std::string error;
    // Opened in the order 2, 1 after arrival: 3 is now the least recently used.
    QVERIFY2(cache->index().touchStudy("2", &error), error.c_str());
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    QVERIFY2(cache->index().touchStudy("1", &error), error.c_str());

    QVERIFY(evictToLimit(*cache, 5000, {}, &error).studyInstanceUids.empty());
    RemovalReport removed = evictToLimit(*cache, 2000, {}, &error);
    QVERIFY2(error.empty(), error.c_str());
    QCOMPARE(removed.studyInstanceUids, std::vector<std::string>{"3"});
    QCOMPARE(cacheSizeBytes(*cache), std::uint64_t(2000));
    removed = evictToLimit(*cache, 1500, {}, &error);
    QCOMPARE(removed.studyInstanceUids, std::vector<std::string>{"2"});
    QVERIFY(!fs::exists(cache->files().absolute("dicom/2/2.1/1.dcm")));
    QVERIFY(fs::exists(cache->files().absolute("dicom/1/1.1/1.dcm")));

    // A new arrival counts as use: the older study goes first.
    addSeries(*cache, "D", "4", "4.1", "CT", 1, 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // arrival times are seconds
    std::vector<StoredInstance> more(1);
    more[0].header.patientName = more[0].header.patientId = "A";
    more[0].header.studyInstanceUid = "1";
    more[0].header.seriesInstanceUid = "1.1";
    more[0].header.sopInstanceUid = "1.1.2";
    more[0].header.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
    more[0].relativePath = "dicom/1/1.1/2.dcm";
    more[0].fileSize = 10;
    std::vector<InsertOutcome> outcomes;
    QVERIFY(cache->index().insert(more, &outcomes, &error));
    removed = evictToLimit(*cache, 1500, {}, &error);
    QCOMPARE(removed.studyInstanceUids, std::vector<std::string>{"4"});
}

void TestCacheRemoval::neverEvictsAProtectedStudy() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    addSeries(*cache, "A", "1", "1.1", "CT", 2, 1000);
    addSeries(*cache, "B", "2", "2.1", "CT", 2, 1000);
    std::string error;
    RemovalReport removed = evictToLimit(*cache, 0, {"1"}, &error);
    QVERIFY2(error.empty(), error.c_str());
    QCOMPARE(removed.studyInstanceUids, std::vector<std::string>{"2"});
    QCOMPARE(removed.bytes, std::uint64_t(2000));
    QCOMPARE(cacheSizeBytes(*cache), std::uint64_t(2000)); // above the limit, but open
    QCOMPARE(cache->index().totals().studies, 1LL);
}

void TestCacheRemoval::touchOfAnUnknownStudyFails() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    std::string error;
    QVERIFY(!cache->index().touchStudy("1.2.3", &error));
    QVERIFY(!error.empty());
}

QTEST_GUILESS_MAIN(TestCacheRemoval)
#include "tst_cacheremoval.moc"
