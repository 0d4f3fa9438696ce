// The PACS tab and the Settings dialog under Xvfb, against a real Orthanc started by the test:
// Study Root C-FIND with filters, series of a study, retrieves by C-GET and by C-MOVE (to the
// app's own StorageService) into a fresh cache through the transfer queue, cancelling a large
// retrieve, an unreachable node, and the settings round trip with C-ECHO.

#include "app/gui/jobs/RetrieveJobs.h"
#include "app/gui/jobs/StorageService.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "app/gui/pacs/RemoteNodeDialog.h"
#include "app/gui/pacs/TransferQueueView.h"
#include "app/gui/settings/SettingsDialog.h"
#include "core/cache/Cache.h"
#include "core/demo/PhantomSeries.h"
#include "net/common/NodeDirectory.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

// Images of the study whose retrieve is cancelled: 512x512, so that it takes long enough
// (about 3 ms each here) for a cancel to land well before the end.
constexpr int kLarge = 800;

struct GeneratedStudy {
    QString uid;
    std::vector<QString> seriesUids;
};

// A study of `seriesCount` series of `perSeries` small images each.
GeneratedStudy writeStudy(const fs::path& folder, const std::string& name, const std::string& id,
                          const std::string& modality, const std::string& date, int seriesCount,
                          int perSeries, std::vector<fs::path>& files, int size = 32) {
    GeneratedStudy study;
    TestInstance spec;
    spec.studyUid = newUid();
    spec.patientName = name;
    spec.patientId = id;
    spec.modality = modality;
    spec.studyDate = date;
    spec.rows = spec.columns = size;
    study.uid = QString::fromStdString(spec.studyUid);
    for (int s = 0; s < seriesCount; ++s) {
        spec.seriesUid = newUid();
        study.seriesUids.push_back(QString::fromStdString(spec.seriesUid));
        for (int i = 0; i < perSeries; ++i) {
            spec.sopUid = newUid();
            spec.instanceNumber = i + 1;
            const fs::path file =
                folder / (id + "_" + std::to_string(s) + "_" + std::to_string(i) + ".dcm");
            writeInstance(file, spec);
            files.push_back(file);
        }
    }
    return study;
}

long long cachedInstances(const QString& root) {
    std::string error;
    auto cache = Cache::open(root.toStdString(), &error);
    return cache ? cache->index().totals().instances : -1;
}

int rowOfPatient(const QTableWidget& table, const QString& shownName) {
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, PacsBrowser::PatientName)->text() == shownName)
            return row;
    return -1;
}

} // namespace

class TestPacsBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() {
        if (silentSocket_ >= 0)
            ::close(silentSocket_);
    }
    void queryListsAndFilters();
    void seriesOfAStudy();
    void retrieveByGetReachesDone();
    void doubleClickRetrievesAndOpens();
    void retrieveOneSeries();
    void cancelLargeRetrieve();
    void largeRetrieveKeepsTheGuiResponsive();
    void limitSaysTheNodeHasMore();
    void withoutNodesOffersToAddOne();
    void moveNeedsTheStorageService();
    void retrieveByMove();
    void unreachableNodeFailsInBoundedTime_data();
    void unreachableNodeFailsInBoundedTime();
    void stopEndsAHangingSearchAtOnce();
    void settingsRoundTrip();
    void nodesAreAddedEditedAndRemoved();
    void invalidAeTitlesAreRefused();
    void echoFromTheSettings();

private:
    QString newCache() { return dir_.filePath(QStringLiteral("cache%1").arg(++caches_)); }
    // Searches `node` with the browser's fields as they are; false when it did not finish.
    bool runSearch(PacsBrowser& browser, const QString& node);
    // Shown on the PACS tab, searched for `name`: the row of that study.
    int findStudy(PacsBrowser& browser, const QString& node, const QString& name,
                  const QString& shownName);

    QTemporaryDir dir_;
    QString settings_;
    int ourPort_ = 0;
    std::unique_ptr<OrthancPeer> orthanc_;
    GeneratedStudy alpha_, bravo_, charlie_;
    // A socket that listens and never accepts: the kernel completes the TCP handshake, nothing
    // ever answers.
    int listenSilently();
    int silentSocket_ = -1;
    int caches_ = 0;
};

void TestPacsBrowser::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    const fs::path in = fs::path(dir_.path().toStdString()) / "in";
    fs::create_directories(in);
    std::vector<fs::path> files;
    alpha_ = writeStudy(in, "ALPHA^ANNA", "PA1", "CT", "20240102", 1, 3, files);
    bravo_ = writeStudy(in, "BRAVO^BERT", "PB2", "MR", "20230505", 2, 2, files);
    // Large enough that a cancel at the first progress report lands well before the end.
    charlie_ = writeStudy(in, "CHARLIE^CARL", "PC3", "CT", "20220303", 1, kLarge, files, 512);

    ourPort_ = freePort();
    orthanc_ = OrthancPeer::start({"ORTHANC", {{"viewer", "PELLUCID", ourPort_}}});
    QVERIFY(orthanc_);
    QElapsedTimer storing;
    storing.start();
    QVERIFY(orthanc_->store(files));
    qInfo("stored %zu files in Orthanc in %lld ms", files.size(), storing.elapsed());
    QCOMPARE(orthanc_->instanceCount(), 7 + kLarge);

    settings_ = dir_.filePath(QStringLiteral("settings.ini"));
    {
        QSettings s(settings_, QSettings::IniFormat);
        s.setValue("storage/enabled", true);
        s.setValue("storage/aeTitle", "PELLUCID");
        s.setValue("storage/port", ourPort_);
    }
    NodeDirectory nodes(settings_);
    std::string error;
    RemoteNode orthanc;
    orthanc.name = "Orthanc";
    orthanc.aeTitle = orthanc_->aeTitle();
    orthanc.host = "127.0.0.1";
    orthanc.port = orthanc_->port();
    orthanc.dimseTimeoutSeconds = 30;
    QVERIFY2(nodes.add(orthanc, &error), error.c_str());
    RemoteNode move = orthanc;
    move.name = "Orthanc by C-MOVE";
    move.retrieveMethod = RetrieveMethod::Move;
    QVERIFY2(nodes.add(move, &error), error.c_str());
    RemoteNode closed = orthanc;
    closed.name = "Closed";
    closed.port = freePort(); // nobody listens there
    closed.connectTimeoutSeconds = 5;
    QVERIFY2(nodes.add(closed, &error), error.c_str());
    // A hung node: it takes the TCP connection and never answers the association request.
    const int silentPort = listenSilently();
    QVERIFY(silentPort > 0);
    RemoteNode silent = closed;
    silent.name = "Silent";
    silent.port = silentPort;
    silent.connectTimeoutSeconds = 3;
    QVERIFY2(nodes.add(silent, &error), error.c_str());
}

int TestPacsBrowser::listenSilently() {
    silentSocket_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (silentSocket_ < 0 ||
        ::bind(silentSocket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(silentSocket_, 8) != 0 ||
        ::getsockname(silentSocket_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return -1;
    return ntohs(address.sin_port);
}

bool TestPacsBrowser::runSearch(PacsBrowser& browser, const QString& node) {
    if (!browser.selectNode(node))
        return false;
    QSignalSpy finished(&browser, &PacsBrowser::searchFinished);
    browser.search();
    return finished.wait(30000);
}

int TestPacsBrowser::findStudy(PacsBrowser& browser, const QString& node, const QString& name,
                               const QString& shownName) {
    browser.findChild<QLineEdit*>("patientName")->setText(name);
    if (!runSearch(browser, node))
        return -1;
    return rowOfPatient(browser.studyTable(), shownName);
}

void TestPacsBrowser::queryListsAndFilters() {
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTableWidget& table = browser.studyTable();

    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 3);
    QVERIFY2(browser.statusText().contains("3"), qPrintable(browser.statusText()));
    const int bravo = rowOfPatient(table, "BRAVO, BERT");
    QVERIFY(bravo >= 0);
    QCOMPARE(table.item(bravo, PacsBrowser::PatientId)->text(), QString("PB2"));
    QCOMPARE(table.item(bravo, PacsBrowser::Modalities)->text(), QString("MR"));
    QCOMPARE(table.item(bravo, PacsBrowser::Series)->text(), QString("2"));
    QCOMPARE(table.item(bravo, PacsBrowser::Images)->text(), QString("4"));
    QCOMPARE(table.item(bravo, PacsBrowser::PatientName)->data(PacsBrowser::UidRole).toString(),
             bravo_.uid);

    // Name, as typed (a plain word matches anywhere, case-insensitively at Orthanc), then Enter.
    auto* name = browser.findChild<QLineEdit*>("patientName");
    name->setText("bra");
    QSignalSpy finished(&browser, &PacsBrowser::searchFinished);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.item(0, PacsBrowser::PatientName)->text(), QString("BRAVO, BERT"));
    name->clear();

    // Patient ID.
    browser.findChild<QLineEdit*>("patientId")->setText("PA1");
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.item(0, PacsBrowser::PatientName)->text(), QString("ALPHA, ANNA"));
    browser.findChild<QLineEdit*>("patientId")->clear();

    // Modality.
    browser.findChild<QComboBox*>("modality")->setCurrentText("CT");
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(rowOfPatient(table, "BRAVO, BERT"), -1);
    browser.findChild<QComboBox*>("modality")->setCurrentText(QString());

    // Study dates: from 2024 on; up to the end of 2023; a range holding only 2023.
    browser.findChild<QCheckBox*>("useFrom")->setChecked(true);
    browser.findChild<QDateEdit*>("from")->setDate(QDate(2024, 1, 1));
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.item(0, PacsBrowser::PatientName)->text(), QString("ALPHA, ANNA"));
    browser.findChild<QCheckBox*>("useFrom")->setChecked(false);
    browser.findChild<QCheckBox*>("useTo")->setChecked(true);
    browser.findChild<QDateEdit*>("to")->setDate(QDate(2023, 12, 31));
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(rowOfPatient(table, "ALPHA, ANNA"), -1);
    browser.findChild<QCheckBox*>("useFrom")->setChecked(true);
    browser.findChild<QDateEdit*>("from")->setDate(QDate(2023, 1, 1));
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.item(0, PacsBrowser::PatientName)->text(), QString("BRAVO, BERT"));
}

void TestPacsBrowser::seriesOfAStudy() {
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc", "BRAVO", "BRAVO, BERT");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(browser.seriesTable().rowCount(), 2, 15000);
    QSet<QString> uids;
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(browser.seriesTable().item(r, PacsBrowser::SeriesModality)->text(), QString("MR"));
        QCOMPARE(browser.seriesTable().item(r, PacsBrowser::SeriesImages)->text(), QString("2"));
        uids << browser.seriesTable()
                    .item(r, PacsBrowser::SeriesNumber)
                    ->data(PacsBrowser::UidRole)
                    .toString();
    }
    QCOMPARE(uids, (QSet<QString>{bravo_.seriesUids[0], bravo_.seriesUids[1]}));
}

void TestPacsBrowser::retrieveByGetReachesDone() {
    const QString cache = newCache();
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc", "ALPHA", "ALPHA, ANNA");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    QSignalSpy retrieved(&browser, &PacsBrowser::studyRetrieved);
    QSignalSpy opened(&browser, &PacsBrowser::studyReadyToOpen);
    browser.retrieveSelectedStudies();
    TransferQueueView& queue = browser.transferQueue();
    QCOMPARE(queue.table().rowCount(), 1);
    QVERIFY(retrieved.wait(60000));
    QCOMPARE(retrieved.at(0).at(0).toString(), alpha_.uid);
    QCOMPARE(opened.count(), 0); // only a double-click asks to open
    QCOMPARE(queue.stateText(0), QString("Done"));
    QCOMPARE(queue.table().item(0, TransferQueueView::Node)->text(), QString("Orthanc"));
    auto* bar =
        qobject_cast<QProgressBar*>(queue.table().cellWidget(0, TransferQueueView::Progress));
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 3);
    QCOMPARE(bar->value(), 3);
    QVERIFY(!queue.table().cellWidget(0, TransferQueueView::Action)->isEnabled());
    QCOMPARE(browser.jobs().jobs().front().status.result.stored, 3u);
    QCOMPARE(cachedInstances(cache), 3);
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());

    // Clear finished empties the queue.
    for (QPushButton* b : queue.findChildren<QPushButton*>())
        if (b->text() == QLatin1String("Clear Finished"))
            b->click();
    QCOMPARE(queue.table().rowCount(), 0);
    QVERIFY(browser.jobs().jobs().empty());
}

void TestPacsBrowser::doubleClickRetrievesAndOpens() {
    const QString cache = newCache();
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.resize(1400, 900);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    const int row = findStudy(browser, "Orthanc", "BRAVO", "BRAVO, BERT");
    QVERIFY(row >= 0);
    QSignalSpy opened(&browser, &PacsBrowser::studyReadyToOpen);
    QTableWidget& table = browser.studyTable();
    const QRect cell = table.visualItemRect(table.item(row, PacsBrowser::PatientId));
    // A double-click as the view sees it: the press that starts it, then the double-click.
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(opened.wait(60000));
    QCOMPARE(opened.at(0).at(0).toString(), bravo_.uid);
    QCOMPARE(cachedInstances(cache), 4);
}

void TestPacsBrowser::retrieveOneSeries() {
    const QString cache = newCache();
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc", "BRAVO", "BRAVO, BERT");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(browser.seriesTable().rowCount(), 2, 15000);
    browser.seriesTable().selectRow(1);
    const QString seriesUid = browser.seriesTable()
                                  .item(1, PacsBrowser::SeriesNumber)
                                  ->data(PacsBrowser::UidRole)
                                  .toString();
    QSignalSpy retrieved(&browser, &PacsBrowser::studyRetrieved);
    browser.retrieveSelectedSeries();
    QVERIFY(retrieved.wait(60000));
    QCOMPARE(retrieved.at(0).at(0).toString(), bravo_.uid);
    QCOMPARE(browser.jobs().jobs().front().seriesInstanceUid, seriesUid);
    QCOMPARE(browser.transferQueue().stateText(0), QString("Done"));
    QCOMPARE(cachedInstances(cache), 2);
}

void TestPacsBrowser::cancelLargeRetrieve() {
    const QString cache = newCache();
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc", "CHARLIE", "CHARLIE, CARL");
    QVERIFY(row >= 0);
    QCOMPARE(browser.studyTable().item(row, PacsBrowser::Images)->text(), QString::number(kLarge));
    browser.studyTable().selectRow(row);
    QSignalSpy changed(&browser.jobs(), &RetrieveJobs::jobChanged);
    QSignalSpy finished(&browser.jobs(), &RetrieveJobs::jobFinished);
    QElapsedTimer timer;
    timer.start();
    browser.retrieveSelectedStudies();
    // Cancel as the user would, once some images have come.
    QTRY_VERIFY_WITH_TIMEOUT(browser.jobs().jobs().front().status.progress.completed > 0, 30000);
    auto* cancel = qobject_cast<QPushButton*>(
        browser.transferQueue().table().cellWidget(0, TransferQueueView::Action));
    QVERIFY(cancel && cancel->isEnabled());
    qInfo("cancel at %u completed, %u remaining, %lld ms",
          browser.jobs().jobs().front().status.progress.completed,
          browser.jobs().jobs().front().status.progress.remaining, timer.elapsed());
    cancel->click();
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(browser.transferQueue().stateText(0).left(9), QString("Cancelled"));
    const RetrieveJobStatus& status = browser.jobs().jobs().front().status;
    QVERIFY(status.result.cancelled);
    const long long kept = cachedInstances(cache);
    QVERIFY2(kept > 0 && kept < kLarge, qPrintable(QString::number(kept)));
    QCOMPARE(kept, static_cast<long long>(status.result.stored));
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
    // Coalesced: at most about ten updates a second, not one per image.
    QVERIFY2(changed.count() <= elapsed / 100 + 3,
             qPrintable(QStringLiteral("%1 updates in %2 ms").arg(changed.count()).arg(elapsed)));
    qInfo("cancelled after %lld of %d images, %lld ms, %d updates", kept, kLarge, elapsed,
          static_cast<int>(changed.count()));
}

void TestPacsBrowser::largeRetrieveKeepsTheGuiResponsive() {
    const QString cache = newCache();
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc", "CHARLIE", "CHARLIE, CARL");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    QSignalSpy changed(&browser.jobs(), &RetrieveJobs::jobChanged);
    QSignalSpy retrieved(&browser, &PacsBrowser::studyRetrieved);
    // The longest the GUI thread went without running its event loop during the retrieve.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    tick.start();
    browser.retrieveSelectedStudies();
    QVERIFY(retrieved.wait(120000));
    tick.stop();
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(browser.transferQueue().stateText(0), QString("Done"));
    QCOMPARE(cachedInstances(cache), kLarge);
    QVERIFY2(changed.count() <= elapsed / 100 + 3,
             qPrintable(QStringLiteral("%1 updates in %2 ms").arg(changed.count()).arg(elapsed)));
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    qInfo("%d images in %lld ms, %d queue updates, longest GUI gap %lld ms", kLarge, elapsed,
          static_cast<int>(changed.count()), longestGap);
}

void TestPacsBrowser::limitSaysTheNodeHasMore() {
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.setStudyLimit(2);
    browser.show();
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(browser.studyTable().rowCount(), 2);
    QVERIFY2(browser.statusText().contains("the node has more"), qPrintable(browser.statusText()));
}

void TestPacsBrowser::withoutNodesOffersToAddOne() {
    const QString ini = dir_.filePath("no-nodes.ini");
    PacsBrowser browser(newCache().toStdString(), ini);
    browser.show();
    QVERIFY2(browser.statusText().contains("No DICOM node"), qPrintable(browser.statusText()));
    QVERIFY(!browser.findChild<QPushButton*>("search")->isEnabled());
    QSignalSpy requested(&browser, &PacsBrowser::nodeSettingsRequested);
    browser.findChild<QPushButton*>("editNodes")->click();
    QCOMPARE(requested.count(), 1);
    // Once the settings have a node, the chooser offers it.
    RemoteNode node;
    node.aeTitle = orthanc_->aeTitle();
    node.host = "127.0.0.1";
    node.port = orthanc_->port();
    std::string error;
    QVERIFY(NodeDirectory(ini).add(node, &error));
    browser.reloadNodes();
    QVERIFY(browser.findChild<QPushButton*>("search")->isEnabled());
    QVERIFY(!browser.statusText().contains("No DICOM node"));
    QVERIFY(runSearch(browser, QString::fromStdString(orthanc_->aeTitle())));
    QCOMPARE(browser.studyTable().rowCount(), 3);
}

void TestPacsBrowser::moveNeedsTheStorageService() {
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.show();
    const int row = findStudy(browser, "Orthanc by C-MOVE", "ALPHA", "ALPHA, ANNA");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    browser.retrieveSelectedStudies(); // no storage service attached
    QVERIFY(browser.jobs().jobs().empty());
    QVERIFY2(browser.statusText().contains("not running"), qPrintable(browser.statusText()));
    QVERIFY(browser.statusText().contains(QString::number(ourPort_)));
}

void TestPacsBrowser::retrieveByMove() {
    const QString cache = newCache();
    StorageService storage(cache.toStdString());
    QSettings settings(settings_, QSettings::IniFormat);
    QVERIFY2(storage.start(settings), qPrintable(storage.statusText()));
    PacsBrowser browser(cache.toStdString(), settings_);
    browser.attachStorageService(&storage);
    browser.show();
    const int row = findStudy(browser, "Orthanc by C-MOVE", "BRAVO", "BRAVO, BERT");
    QVERIFY(row >= 0);
    browser.studyTable().selectRow(row);
    QSignalSpy retrieved(&browser, &PacsBrowser::studyRetrieved);
    browser.retrieveSelectedStudies();
    QVERIFY(retrieved.wait(60000));
    QCOMPARE(retrieved.at(0).at(0).toString(), bravo_.uid);
    QCOMPARE(browser.transferQueue().stateText(0), QString("Done"));
    QCOMPARE(browser.jobs().jobs().front().status.result.counts.completed, 4u);
    // C-MOVE completes once the node's C-STOREs were answered, i.e. kept in the cache.
    QCOMPARE(cachedInstances(cache), 4);
    QCOMPARE(checkCacheConsistency(cache.toStdString()), QString());
}

void TestPacsBrowser::unreachableNodeFailsInBoundedTime_data() {
    QTest::addColumn<QString>("node");
    QTest::newRow("closed port") << "Closed";
    QTest::newRow("no answer") << "Silent";
}

void TestPacsBrowser::unreachableNodeFailsInBoundedTime() {
    QFETCH(QString, node);
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.show();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runSearch(browser, node));
    QVERIFY(timer.elapsed() < 15000);
    QCOMPARE(browser.studyTable().rowCount(), 0);
    QVERIFY2(browser.statusText().startsWith("The search failed:"),
             qPrintable(browser.statusText()));
    QVERIFY(browser.statusText().length() > QString("The search failed: ").length() + 5);
    qInfo("%s", qPrintable(browser.statusText()));
}

void TestPacsBrowser::stopEndsAHangingSearchAtOnce() {
    PacsBrowser browser(newCache().toStdString(), settings_);
    browser.show();
    QVERIFY(browser.selectNode("Silent"));
    QSignalSpy finished(&browser, &PacsBrowser::searchFinished);
    browser.search();
    QVERIFY(browser.isSearching());
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    browser.stopSearch();
    QCOMPARE(finished.count(), 1);
    QVERIFY(timer.elapsed() < 500);
    QVERIFY(!browser.isSearching());
    QVERIFY2(browser.statusText().startsWith("Search stopped"), qPrintable(browser.statusText()));
    QVERIFY(browser.findChild<QPushButton*>("search")->isEnabled());
    // The abandoned query's failure (at the node's timeout) does not overwrite a new search.
    QVERIFY(runSearch(browser, "Orthanc"));
    QCOMPARE(browser.studyTable().rowCount(), 3);
    QTest::qWait(4000); // past the hung node's 3 s timeout
    QCOMPARE(browser.studyTable().rowCount(), 3);
    QVERIFY2(browser.statusText().startsWith("Studies found"), qPrintable(browser.statusText()));
}

void TestPacsBrowser::settingsRoundTrip() {
    const QString ini = dir_.filePath("roundtrip.ini");
    {
        SettingsDialog dialog(ini);
        QSignalSpy storageChanged(&dialog, &SettingsDialog::storageSettingsChanged);
        dialog.findChild<QCheckBox*>("storageEnabled")->setChecked(false);
        dialog.findChild<QLineEdit*>("localAeTitle")->setText("READING1");
        dialog.findChild<QSpinBox*>("localPort")->setValue(11200);
        dialog.findChild<QLineEdit*>("cacheRoot")->setText("/data/pellucid-cache");
        dialog.findChild<QSpinBox*>("cacheLimit")->setValue(20480);
        auto* language = dialog.findChild<QComboBox*>("language");
        language->setCurrentIndex(language->findData("ja"));
        QVERIFY(dialog.apply());
        QCOMPARE(storageChanged.count(), 1);
        QVERIFY(dialog.apply()); // nothing changed: no restart
        QCOMPARE(storageChanged.count(), 1);
    }
    {
        QSettings s(ini, QSettings::IniFormat);
        QCOMPARE(s.value("storage/enabled").toBool(), false);
        QCOMPARE(s.value("storage/aeTitle").toString(), QString("READING1"));
        QCOMPARE(s.value("storage/port").toInt(), 11200);
        QCOMPARE(s.value("cache/root").toString(), QString("/data/pellucid-cache"));
        QCOMPARE(s.value("cache/sizeLimitMB").toInt(), 20480);
        QCOMPARE(s.value("ui/language").toString(), QString("ja"));
    }
    SettingsDialog again(ini);
    QCOMPARE(again.findChild<QCheckBox*>("storageEnabled")->isChecked(), false);
    QCOMPARE(again.findChild<QLineEdit*>("localAeTitle")->text(), QString("READING1"));
    QCOMPARE(again.findChild<QSpinBox*>("localPort")->value(), 11200);
    QCOMPARE(again.findChild<QLineEdit*>("cacheRoot")->text(), QString("/data/pellucid-cache"));
    QCOMPARE(again.findChild<QSpinBox*>("cacheLimit")->value(), 20480);
    QCOMPARE(again.findChild<QComboBox*>("language")->currentData().toString(), QString("ja"));
    // Back to the defaults: no cache folder of our own, no limit, the system's language.
    again.findChild<QLineEdit*>("cacheRoot")->clear();
    again.findChild<QSpinBox*>("cacheLimit")->setValue(0);
    again.findChild<QComboBox*>("language")->setCurrentIndex(0);
    QVERIFY(again.apply());
    QSettings s(ini, QSettings::IniFormat);
    QVERIFY(!s.contains("cache/root"));
    QCOMPARE(s.value("cache/sizeLimitMB").toInt(), 0);
    QCOMPARE(s.value("ui/language").toString(), QString());
    // The nodes page lists what NodeDirectory holds.
    SettingsDialog withNodes(settings_);
    QCOMPARE(withNodes.nodeTable().rowCount(), 4);
    QCOMPARE(withNodes.nodeTable().item(1, 0)->text(), QString("Orthanc by C-MOVE"));
    QCOMPARE(withNodes.nodeTable().item(1, 4)->text(), QString("C-MOVE"));
}

void TestPacsBrowser::nodesAreAddedEditedAndRemoved() {
    const QString ini = dir_.filePath("nodes.ini");
    SettingsDialog settings(ini);
    settings.showPage(SettingsDialog::RemoteNodesPage);
    settings.show();
    QSignalSpy changed(&settings, &SettingsDialog::nodesChanged);
    auto button = [&](const QString& text) {
        for (QPushButton* b : settings.findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return static_cast<QPushButton*>(nullptr);
    };
    // The node dialog is modal: fill it in once it is up.
    auto whenNodeDialogShows = [&](const std::function<void(RemoteNodeDialog&)>& fill) {
        QTimer::singleShot(50, &settings, [&settings, fill] {
            auto* d = settings.findChild<RemoteNodeDialog*>();
            QVERIFY(d);
            fill(*d);
            if (d->isVisible()) // fill() failed half-way: do not leave the test hanging
                d->reject();
        });
    };
    whenNodeDialogShows([](RemoteNodeDialog& d) {
        d.findChild<QLineEdit*>("aeTitle")->setText("BAD\\AE");
        d.accept(); // refused: stays open
        QVERIFY(d.isVisible());
        QVERIFY(!d.findChild<QLabel*>("error")->text().isEmpty());
        d.findChild<QLineEdit*>("name")->setText("Archive");
        d.findChild<QLineEdit*>("aeTitle")->setText("ARCHIVE1");
        d.findChild<QLineEdit*>("host")->setText("pacs.example.org");
        d.findChild<QSpinBox*>("port")->setValue(4242);
        d.findChild<QComboBox*>("method")->setCurrentIndex(1); // C-MOVE
        d.findChild<QSpinBox*>("connectTimeout")->setValue(7);
        d.findChild<QSpinBox*>("dimseTimeout")->setValue(90);
        d.accept();
    });
    button("Add…")->click();
    QCOMPARE(changed.count(), 1);
    auto node = NodeDirectory(ini).find("Archive");
    QVERIFY(node);
    QCOMPARE(node->aeTitle, std::string("ARCHIVE1"));
    QCOMPARE(node->host, std::string("pacs.example.org"));
    QCOMPARE(node->port, 4242);
    QCOMPARE(node->retrieveMethod, RetrieveMethod::Move);
    QCOMPARE(node->connectTimeoutSeconds, 7);
    QCOMPARE(node->dimseTimeoutSeconds, 90);
    QCOMPARE(settings.nodeTable().rowCount(), 1);

    settings.nodeTable().selectRow(0);
    whenNodeDialogShows([](RemoteNodeDialog& d) {
        QCOMPARE(d.findChild<QLineEdit*>("aeTitle")->text(), QString("ARCHIVE1"));
        d.findChild<QSpinBox*>("port")->setValue(104);
        d.findChild<QComboBox*>("method")->setCurrentIndex(0);
        d.accept();
    });
    button("Edit…")->click();
    QCOMPARE(changed.count(), 2);
    node = NodeDirectory(ini).find("Archive");
    QVERIFY(node);
    QCOMPARE(node->port, 104);
    QCOMPARE(node->retrieveMethod, RetrieveMethod::Get);
    QCOMPARE(node->dimseTimeoutSeconds, 90); // untouched fields stay

    settings.nodeTable().selectRow(0);
    QTimer::singleShot(50, &settings, [&settings] {
        auto* box = settings.findChild<QMessageBox*>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    button("Remove")->click();
    QCOMPARE(changed.count(), 3);
    QVERIFY(NodeDirectory(ini).list().empty());
    QCOMPARE(settings.nodeTable().rowCount(), 0);
}

void TestPacsBrowser::invalidAeTitlesAreRefused() {
    const QString ini = dir_.filePath("invalid.ini");
    SettingsDialog dialog(ini);
    QSignalSpy storageChanged(&dialog, &SettingsDialog::storageSettingsChanged);
    for (const QString& bad : {QString("BAD\\AE"), QString("   "), QString()}) {
        dialog.findChild<QLineEdit*>("localAeTitle")->setText(bad);
        QVERIFY(!dialog.apply());
        QVERIFY(!dialog.errorText().isEmpty());
    }
    QCOMPARE(storageChanged.count(), 0);
    QVERIFY(!QSettings(ini, QSettings::IniFormat).contains("storage/aeTitle"));

    RemoteNode initial;
    initial.aeTitle = "GOOD";
    initial.host = "127.0.0.1";
    RemoteNodeDialog nodeDialog(initial, "PELLUCID");
    QString error;
    QVERIFY(nodeDialog.node(&error));
    auto* ae = nodeDialog.findChild<QLineEdit*>("aeTitle");
    for (const QString& bad : {QString("A\\B"), QString("  "), QString("CTRL\tCHAR")}) {
        ae->setText(bad);
        error.clear();
        QVERIFY2(!nodeDialog.node(&error), qPrintable(bad));
        QVERIFY(!error.isEmpty());
    }
    ae->setText("GOOD");
    nodeDialog.findChild<QLineEdit*>("host")->clear();
    QVERIFY(!nodeDialog.node(&error));
    nodeDialog.findChild<QLineEdit*>("host")->setText("pacs.example.org");
    auto node = nodeDialog.node(&error);
    QVERIFY(node);
    QCOMPARE(node->host, std::string("pacs.example.org"));
}

void TestPacsBrowser::echoFromTheSettings() {
    RemoteNode orthanc;
    orthanc.aeTitle = orthanc_->aeTitle();
    orthanc.host = "127.0.0.1";
    orthanc.port = orthanc_->port();
    RemoteNodeDialog dialog(orthanc, "PELLUCID");
    QSignalSpy echoed(&dialog, &RemoteNodeDialog::echoFinished);
    dialog.echoNode();
    QVERIFY(echoed.wait(15000));
    QCOMPARE(echoed.at(0).at(0).toBool(), true);
    QVERIFY2(dialog.echoText().contains("answered"), qPrintable(dialog.echoText()));

    dialog.findChild<QSpinBox*>("port")->setValue(freePort());
    dialog.findChild<QSpinBox*>("connectTimeout")->setValue(3);
    QElapsedTimer timer;
    timer.start();
    dialog.echoNode();
    QVERIFY(echoed.wait(15000));
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(echoed.at(1).at(0).toBool(), false);
    QVERIFY2(dialog.echoText().contains("did not answer"), qPrintable(dialog.echoText()));

    // The nodes page echoes the selected node.
    SettingsDialog settings(settings_);
    QSignalSpy pageEcho(&settings, &SettingsDialog::echoFinished);
    settings.nodeTable().selectRow(0);
    settings.echoSelectedNode();
    QVERIFY(pageEcho.wait(15000));
    QCOMPARE(pageEcho.at(0).at(0).toBool(), true);
    settings.nodeTable().selectRow(2); // "Closed"
    settings.echoSelectedNode();
    QVERIFY(pageEcho.wait(15000));
    QCOMPARE(pageEcho.at(1).at(0).toBool(), false);
    QVERIFY(settings.echoText().contains("did not answer"));
}

QTEST_MAIN(TestPacsBrowser)
#include "tst_pacsbrowser.moc"
