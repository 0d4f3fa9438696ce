// Faults during import: the process killed with SIGKILL at various moments, and writes
// failing for lack of space (a file size limit stands in for a full disk). Afterwards the
// cache must be consistent: every indexed instance complete on disk, counts right, and a new
// import finishes the job.

#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

class TestImportCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void killedImportLeavesAConsistentCache_data();
    void killedImportLeavesAConsistentCache();
    void writeFailuresAreReportedPerFile();

private:
    QTemporaryDir dir_;
    fs::path source_;
    static constexpr int kSlices = 600;
};

void TestImportCrash::initTestCase() {
    source_ = fs::path(dir_.path().toStdString()) / "source";
    PhantomSpec spec;
    spec.slices = kSlices;
    spec.size = 128;
    QCOMPARE(QString::fromStdString(writePhantomSeries(source_, spec)), QString());
}

void TestImportCrash::killedImportLeavesAConsistentCache_data() {
    QTest::addColumn<int>("killAfterMs");
    for (int ms : {30, 120, 300, 600})
        QTest::newRow(qPrintable(QString::number(ms) + " ms")) << ms;
}

void TestImportCrash::killedImportLeavesAConsistentCache() {
    QFETCH(int, killAfterMs);
    QTemporaryDir cacheDir;
    const QString cache = cacheDir.path();
    QProcess import;
    import.start(
        QStringLiteral(PELLUCID_CLI),
        {"--cache", cache, "import", QString::fromStdString(source_.string()), "--workers", "2"});
    QVERIFY(import.waitForStarted());
    QTest::qWait(killAfterMs);
    // The short delays must catch it at work; the longest may come after the end.
    if (killAfterMs < 300)
        QCOMPARE(import.state(), QProcess::Running);
    if (import.state() != QProcess::NotRunning) {
        import.kill(); // SIGKILL: no chance to clean up
        QVERIFY(import.waitForFinished(10000));
    }

    QCOMPARE(checkCacheConsistency(fs::path(cache.toStdString())), QString());
    const CliRun finish =
        runCli({"--cache", cache, "import", QString::fromStdString(source_.string()), "--json"});
    QCOMPARE(finish.exitCode, 0);
    const QJsonObject result = finish.json().object();
    QCOMPARE(result["imported"].toInt() + result["duplicates"].toInt(), kSlices);
    QCOMPARE(checkCacheConsistency(fs::path(cache.toStdString())), QString());
    std::string error;
    auto opened = Cache::open(fs::path(cache.toStdString()), &error);
    QCOMPARE(opened->index().totals().instances, static_cast<long long>(kSlices));
    // Staged files of the killed process are gone once the cache was opened again.
    std::size_t staged = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(opened->root() / "incoming"))
        ++staged;
    QCOMPARE(staged, std::size_t(0));
}

void TestImportCrash::writeFailuresAreReportedPerFile() {
    QTemporaryDir work;
    const fs::path in = fs::path(work.path().toStdString()) / "in";
    // Four large slices (512 x 512, ~525 kB) and small ones (32 x 32) in one import.
    PhantomSpec big;
    big.slices = 4;
    QCOMPARE(QString::fromStdString(writePhantomSeries(in / "big", big)), QString());
    PhantomSpec small;
    small.slices = 20;
    small.size = 32;
    QCOMPARE(QString::fromStdString(writePhantomSeries(in / "small", small)), QString());
    const QString cache = work.path() + "/cache";
    QCOMPARE(runCli({"--cache", cache, "list"}).exitCode, 0); // creates the cache

    // No file may grow beyond 400 kB: the big copies fail as on a full disk.
    QProcess import;
    import.start(QStringLiteral("bash"),
                 {"-c", QStringLiteral("trap '' XFSZ; ulimit -f 400; exec \"$0\" \"$@\""),
                  PELLUCID_CLI, "--cache", cache, "import", QString::fromStdString(in.string()),
                  "--json"});
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 2);
    const QJsonObject result = QJsonDocument::fromJson(import.readAllStandardOutput()).object();
    QCOMPARE(result["imported"].toInt(), 20);
    QCOMPARE(result["rejected"].toInt(), 4);
    for (const auto& e : result["errors"].toArray()) {
        const QString code = e.toObject()["code"].toString();
        QVERIFY2(code == "write-failed" || code == "disk-full", qPrintable(code));
        QVERIFY(!e.toObject()["reason"].toString().isEmpty());
    }
    QCOMPARE(checkCacheConsistency(fs::path(cache.toStdString())), QString());
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_import_crash.moc"
