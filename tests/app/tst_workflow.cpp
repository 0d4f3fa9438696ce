// What the "done when" says a new user does, through the main window under Xvfb: the
// demo study appears on first start and opens in a viewer tab on double-click; it scrolls, the
// window changes with a right-drag, a distance is measured; then the PACS tab queries a real
// Orthanc (started by the test) and a double-click retrieves a study into the cache and opens it
// in a viewer of its own; closing the tab releases its volume.

#include "app/gui/MainWindow.h"
#include "app/gui/browser/LocalBrowser.h"
#include "app/gui/browser/StudyListModel.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "app/gui/viewer/StudyViewer.h"
#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "net/common/NodeDirectory.h"
#include "render/SliceViewport.h"
#include "render/ViewTransform.h"
#include "tests/support/MouseDrag.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

// With PELLUCID_TEST_KEEP=DIR, the window as the user sees it at each step, for people to look at.
void keepScreenshot(QWidget& window, const char* name) {
    if (qEnvironmentVariableIsSet("PELLUCID_TEST_KEEP"))
        window.grab().save(qEnvironmentVariable("PELLUCID_TEST_KEEP") + "/" + name + ".png");
}

void doubleClick(QAbstractItemView& view, const QRect& cell) {
    // As the view sees a double-click: the press that starts it, then the double-click.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cell.center());
}

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void demoStudyToMeasurementToPacsRetrieve();
};

void TestWorkflow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PellucidTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workflow"));
    QSettings().clear();
}

void TestWorkflow::demoStudyToMeasurementToPacsRetrieve() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A study on the PACS: 12 CT slices of another phantom patient.
    PhantomSpec remote;
    remote.slices = 12;
    remote.size = 128;
    remote.patientName = "REMOTE^RITA";
    remote.patientId = "REMOTE-1";
    const fs::path remoteFolder = fs::path(dir.path().toStdString()) / "remote";
    QCOMPARE(QString::fromStdString(writePhantomSeries(remoteFolder, remote)), QString());
    std::vector<fs::path> remoteFiles;
    for (const auto& e : fs::directory_iterator(remoteFolder))
        remoteFiles.push_back(e.path());
    auto orthanc = OrthancPeer::start({"ORTHANC", {}});
    QVERIFY(orthanc);
    QVERIFY(orthanc->store(remoteFiles));
    {
        NodeDirectory nodes; // the application's own settings, as the Settings dialog writes
        RemoteNode node;
        node.name = "Orthanc";
        node.aeTitle = orthanc->aeTitle();
        node.host = "127.0.0.1";
        node.port = orthanc->port();
        std::string error;
        QVERIFY2(nodes.add(node, &error), error.c_str());
    }

    std::string error;
    auto cache = Cache::open(fs::path(dir.path().toStdString()) / "cache", &error);
    QVERIFY2(cache, error.c_str());
    MainWindow window(std::move(cache));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // First start: the demo study arrives and is selected.
    window.offerDemoStudyIfEmpty();
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 1, 120000);
    QVERIFY(!window.selectedStudyUid().isEmpty());
    const QString demoUid = window.selectedStudyUid();

    // Double-click opens it in a tab of its own.
    QTableView& table = window.studyTable();
    doubleClick(table, table.visualRect(table.model()->index(0, StudyListModel::PatientName)));
    QTRY_COMPARE_WITH_TIMEOUT(int(window.studyViewers().size()), 1, 5000);
    StudyViewer* viewer = window.studyViewers().front();
    QCOMPARE(viewer->studyInstanceUid(), demoUid);
    QCOMPARE(window.mainTabs().currentWidget(), static_cast<QWidget*>(viewer));
    QSignalSpy loaded(viewer, &StudyViewer::loadFinished);
    QVERIFY(loaded.wait(60000));
    SliceViewport* v = viewer->activeViewport();
    QCOMPARE(v->sliceCount(), 120);
    QTRY_VERIFY_WITH_TIMEOUT(window.mainTabs().tabText(window.mainTabs().indexOf(viewer)) ==
                                 QStringLiteral("PHANTOM, DEMO"),
                             5000);

    // Scroll, window, measure.
    v->setFocus();
    const int start = v->slice();
    QTest::keyClick(v, Qt::Key_Down);
    QTest::keyClick(v, Qt::Key_Down);
    QCOMPARE(v->slice(), start + 2);
    const double width = v->windowWidth();
    drag(v, Qt::RightButton, {300, 300}, {380, 300});
    QVERIFY(v->windowWidth() > width);
    viewer->setTool(ViewportTool::Distance);
    const ViewTransform t = v->transform();
    const double dpr = v->devicePixelRatioF();
    // 200 pixels of the 512 across a 400 mm field: 156.25 mm.
    drag(v, Qt::LeftButton, t.toDisplay(156, 256) / dpr, t.toDisplay(356, 256) / dpr, 10);
    QCOMPARE(int(v->measurements().size()), 1);
    const auto& m = v->measurements().front();
    const double mm =
        std::hypot(m.points[1].x - m.points[0].x, m.points[1].y - m.points[0].y) * 400.0 / 512.0;
    QVERIFY2(std::abs(mm - 156.25) < 1.2, qPrintable(m.label));
    QVERIFY(m.label.endsWith(QStringLiteral(" mm")));
    keepScreenshot(window, "1-demo-study-measured");

    // The PACS tab: query Orthanc, double-click the study, it arrives and opens.
    window.mainTabs().setCurrentIndex(0);
    PacsBrowser& pacs = window.pacsBrowser();
    window.browserTabs().setCurrentWidget(&pacs);
    QVERIFY(pacs.selectNode(QStringLiteral("Orthanc")));
    pacs.findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("REMOTE"));
    QSignalSpy searched(&pacs, &PacsBrowser::searchFinished);
    pacs.search();
    QVERIFY(searched.wait(30000));
    QTableWidget& results = pacs.studyTable();
    QCOMPARE(results.rowCount(), 1);
    keepScreenshot(window, "2-pacs-query");
    doubleClick(results, results.visualItemRect(results.item(0, PacsBrowser::PatientId)));
    QTRY_COMPARE_WITH_TIMEOUT(int(window.studyViewers().size()), 2, 60000);
    StudyViewer* retrieved = window.studyViewers().back();
    QCOMPARE(window.mainTabs().currentWidget(), static_cast<QWidget*>(retrieved));
    QTRY_COMPARE_WITH_TIMEOUT(retrieved->activeViewport()->sliceCount(), 12, 30000);
    // The local list has both studies, and the demo study is still the one selected.
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 2, 10000);
    QCOMPARE(window.selectedStudyUid(), demoUid);
    keepScreenshot(window, "3-retrieved-study");
    window.mainTabs().setCurrentIndex(0);
    window.browserTabs().setCurrentIndex(0);
    keepScreenshot(window, "4-local-cache");

    // Closing the demo study's tab releases its volume.
    std::weak_ptr<SeriesVolume> volume = v->series()->volume;
    QVERIFY(!volume.expired());
    window.closeStudy(viewer);
    QCOMPARE(int(window.studyViewers().size()), 1);
    QVERIFY(volume.expired());
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
