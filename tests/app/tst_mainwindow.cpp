// The main window under Xvfb: the cache's studies listed, first start with the demo study,
// search while typing, previews, and a background import that leaves the selection alone.

#include "app/gui/MainWindow.h"
#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/StorageService.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "core/import/Importer.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Cache> openCache(const QTemporaryDir& dir) {
    std::string error;
    return Cache::open(fs::path(dir.path().toStdString()) / "cache", &error);
}

std::string importPhantom(Cache& cache, const fs::path& folder, const std::string& name) {
    PhantomSpec spec;
    spec.slices = 5;
    spec.size = 64;
    spec.patientName = name;
    if (!writePhantomSeries(folder, spec).empty())
        return {};
    const ImportReport report = Importer(cache).run({folder});
    return report.studyInstanceUids.empty() ? std::string() : report.studyInstanceUids.front();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsTheCacheAndShowsAPreview();
    void firstStartBringsTheDemoStudy();
    void searchFiltersWhileTyping();
    void backgroundImportKeepsTheSelection();
    void pushedStudyAppearsAndKeepsTheSelection();
};

void TestMainWindow::listsTheCacheAndShowsAPreview() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    const std::string uid =
        importPhantom(*cache, fs::path(dir.path().toStdString()) / "in", "PREVIEW^TEST");
    QVERIFY(!uid.empty());
    MainWindow window(std::move(cache));
    QSignalSpy preview(&window, &MainWindow::previewShown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.studies().rowCount(), 1);
    QCOMPARE(window.selectedStudyUid(), QString::fromStdString(uid));
    QTRY_VERIFY_WITH_TIMEOUT(preview.count() > 0, 10000); // may already have come while exposing
    const auto labels = window.findChildren<QLabel*>();
    bool hasImage = false;
    for (QLabel* label : labels)
        hasImage |= !label->pixmap().isNull();
    QVERIFY(hasImage);
}

void TestMainWindow::firstStartBringsTheDemoStudy() {
    QTemporaryDir dir;
    MainWindow window(openCache(dir));
    window.show();
    QCOMPARE(window.studies().rowCount(), 0);
    window.offerDemoStudyIfEmpty();
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 1, 120000);
    QVERIFY(!window.selectedStudyUid().isEmpty());
    QCOMPARE(window.studies().index(0, StudyListModel::Images).data().toString(), QString("120"));
}

void TestMainWindow::searchFiltersWhileTyping() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    const fs::path base(dir.path().toStdString());
    importPhantom(*cache, base / "a", "ALPHA^ANNA");
    importPhantom(*cache, base / "b", "BRAVO^BERT");
    MainWindow window(std::move(cache));
    window.show();
    QCOMPARE(window.studies().rowCount(), 2);
    // The local list's name search, not the PACS tab's.
    QLineEdit* name = nullptr;
    for (QLineEdit* edit : window.findChildren<QLineEdit*>())
        if (!name && !window.pacsBrowser().isAncestorOf(edit))
            name = edit;
    QVERIFY(name);
    QTest::keyClicks(name, "bra");
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 1, 5000);
    QCOMPARE(window.studies().index(0, StudyListModel::PatientName).data().toString(),
             QString("BRAVO, BERT"));
    name->clear();
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 2, 5000);
}

void TestMainWindow::backgroundImportKeepsTheSelection() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    const fs::path base(dir.path().toStdString());
    importPhantom(*cache, base / "a", "ALPHA^ANNA");
    importPhantom(*cache, base / "b", "BRAVO^BERT");
    MainWindow window(std::move(cache));
    window.show();
    window.studyTable().selectRow(1);
    const QString selected = window.selectedStudyUid();
    QVERIFY(!selected.isEmpty());

    // A third study arrives through a background import; the selection stays where it was.
    PhantomSpec spec;
    spec.slices = 3;
    spec.size = 32;
    spec.patientName = "AARDVARK^ADAM"; // sorts where it could push the selected row around
    QCOMPARE(QString::fromStdString(writePhantomSeries(base / "c", spec)), QString());
    QSignalSpy reloaded(&window, &MainWindow::studiesReloaded);
    window.importPaths({QString::fromStdString((base / "c").string())});
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(window.studies().rowCount(), 3);
    QCOMPARE(window.selectedStudyUid(), selected);
}

void TestMainWindow::pushedStudyAppearsAndKeepsTheSelection() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    const fs::path base(dir.path().toStdString());
    importPhantom(*cache, base / "a", "ALPHA^ANNA");
    importPhantom(*cache, base / "b", "BRAVO^BERT");
    const fs::path root = cache->root();
    MainWindow window(std::move(cache));
    StorageService storage(root);
    QSettings settings(dir.path() + "/settings.ini", QSettings::IniFormat);
    settings.setValue("storage/aeTitle", "GUITEST");
    settings.setValue("storage/port", freePort());
    QVERIFY2(storage.start(settings), qPrintable(storage.statusText()));
    window.attachStorageService(storage);
    window.show();
    window.studyTable().selectRow(1);
    const QString selected = window.selectedStudyUid();

    // A modality pushes a study with storescu while the window is open.
    QSignalSpy arrived(&storage, &StorageService::instancesArrived);
    QProcess storescu;
    storescu.start(
        "storescu",
        {"-aec", "GUITEST", "127.0.0.1", settings.value("storage/port").toString(),
         QString::fromStdString((pydicomData() / "test_files" / "CT_small.dcm").string())});
    QVERIFY(storescu.waitForFinished(30000));
    QCOMPARE(storescu.exitCode(), 0);
    QVERIFY(arrived.wait(10000));
    QCOMPARE(arrived.first().at(0).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 3, 10000);
    QCOMPARE(window.selectedStudyUid(), selected);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
