// InstanceIntake: one-at-a-time admissions (Storage SCP) and batched ones (retrieves) end in
// the same cache state; duplicates, unusable files and per-thread settling.

#include "core/cache/Cache.h"
#include "core/cache/InstanceIntake.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <thread>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

// Writes a small instance straight into a staged path, as a network receiver would.
fs::path stage(InstanceIntake& intake, int number,
               const std::string& study = "1.2.826.0.1.3680043.8.498.50") {
    TestInstance spec;
    spec.studyUid = study;
    spec.seriesUid = study + ".1";
    spec.sopUid = spec.seriesUid + "." + std::to_string(number);
    spec.instanceNumber = number;
    const fs::path staged = intake.newStagedPath();
    writeInstance(staged, spec);
    return staged;
}

// The intake of the cache at `root`, opened the way the server and the retrieves open it.
std::unique_ptr<InstanceIntake> openIntake(const fs::path& root, std::string* error) {
    const auto cache = Cache::open(root, error);
    return cache ? cache->openIntake(error) : nullptr;
}

long long instances(const fs::path& root) {
    std::string error;
    auto cache = Cache::open(root, &error);
    return cache ? cache->index().totals().instances : -1;
}

} // namespace

class TestIntake : public QObject {
    Q_OBJECT
private slots:
    void admitIsDurableAndIndexedAtOnce();
    void batchedSettlesOnFlushAcrossBatches();
    void unusableFileIsRejectedAtOnce();
    void flushSettlesOnlyTheCallingThread();
};

void TestIntake::admitIsDurableAndIndexedAtOnce() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "cache";
    std::string error;
    auto intake = openIntake(root, &error);
    QVERIFY2(intake, error.c_str());
    auto first = intake->admit(stage(*intake, 1), "aet:TEST");
    QCOMPARE(first.outcome, InstanceIntake::Outcome::Stored);
    QVERIFY(fs::exists(root / first.relativePath));
    QCOMPARE(instances(root), 1LL);
    QCOMPARE(intake->admit(stage(*intake, 1), "aet:TEST").outcome,
             InstanceIntake::Outcome::Duplicate);
    QCOMPARE(instances(root), 1LL);
    QCOMPARE(checkCacheConsistency(root), QString());
}

void TestIntake::batchedSettlesOnFlushAcrossBatches() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "cache";
    std::string error;
    auto intake = openIntake(root, &error);
    QVERIFY(intake);
    QCOMPARE(intake->admit(stage(*intake, 7), "aet:TEST").outcome, InstanceIntake::Outcome::Stored);
    for (int i = 1; i <= 300; ++i) // more than one batch of 256
        QCOMPARE(intake->admitBatched(stage(*intake, i), "aet:TEST").outcome,
                 InstanceIntake::Outcome::Stored);
    // The first full batch (256, number 7 among them: a duplicate) commits in the background;
    // the rest waits for the flush.
    QTRY_COMPARE_WITH_TIMEOUT(instances(root), 256LL, 20000);
    const auto settled = intake->flushBatched();
    QCOMPARE(settled.size(), std::size_t(300));
    int stored = 0, duplicates = 0;
    for (const auto& r : settled)
        (r.outcome == InstanceIntake::Outcome::Duplicate ? duplicates : stored)++;
    QCOMPARE(duplicates, 1); // number 7 was there already
    QCOMPARE(stored, 299);
    QCOMPARE(instances(root), 300LL);
    QVERIFY(intake->flushBatched().empty());
    QCOMPARE(checkCacheConsistency(root), QString());
}

void TestIntake::unusableFileIsRejectedAtOnce() {
    QTemporaryDir dir;
    std::string error;
    auto intake = openIntake(fs::path(dir.path().toStdString()) / "cache", &error);
    QVERIFY(intake);
    const fs::path staged = intake->newStagedPath();
    writeBytes(staged, QByteArray(300, 'x'));
    const auto r = intake->admitBatched(staged, "aet:TEST");
    QCOMPARE(r.outcome, InstanceIntake::Outcome::Rejected);
    QVERIFY(!fs::exists(staged));
    QVERIFY(intake->flushBatched().empty());
}

void TestIntake::flushSettlesOnlyTheCallingThread() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "cache";
    std::string error;
    auto intake = openIntake(root, &error);
    QVERIFY(intake);
    std::size_t otherSettled = 0;
    std::thread other([&] {
        for (int i = 1; i <= 60; ++i)
            intake->admitBatched(stage(*intake, i, "1.2.826.0.1.3680043.8.498.51"), "aet:B");
        otherSettled = intake->flushBatched().size();
    });
    // Admitting while the other thread flushes: nothing may be lost in between (a CI run once
    // lost one admission made during another thread's commit).
    for (int i = 1; i <= 40; ++i)
        intake->admitBatched(stage(*intake, i), "aet:A");
    other.join();
    QCOMPARE(otherSettled, std::size_t(60));
    QCOMPARE(intake->flushBatched().size(), std::size_t(40));
    QCOMPARE(instances(root), 100LL);
    QVERIFY(fs::is_empty(root / "incoming"));
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
