// The study browser's tabs under Xvfb: C-FIND search fields, paging over thousands of studies,
// the series panel's thumbnails, deletion, drag-and-drop import, reloads that keep the user's
// selection and scroll position, the Media tab with a real DICOMDIR, and sending to a real
// storescp.

#include "app/gui/MainWindow.h"
#include "app/gui/browser/LocalBrowser.h"
#include "app/gui/browser/MediaBrowser.h"
#include "app/gui/browser/SeriesPanel.h"
#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/BackgroundEviction.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheEviction.h"
#include "core/demo/PhantomSeries.h"
#include "core/import/Importer.h"
#include "tests/support/Peers.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <cstdio>

using namespace pellucid;
using namespace pellucid::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Cache> openCache(const QTemporaryDir& dir) {
    std::string error;
    return Cache::open(fs::path(dir.path().toStdString()) / "cache", &error);
}

struct Synthetic {
    std::string name, id, accession, date, modality;
};

// Index rows without files: enough for the study list, fast for thousands of studies.
void insertStudies(Cache& cache, int count, const std::function<Synthetic(int)>& make) {
    std::vector<StoredInstance> batch;
    for (int i = 0; i < count; ++i) {
        const Synthetic s = make(i);
        StoredInstance in;
        in.header.patientName = s.name;
        in.header.patientId = s.id;
        in.header.accessionNumber = s.accession;
        in.header.studyDate = s.date;
        in.header.modality = s.modality;
        in.header.studyInstanceUid = "1.2.3." + s.id + "." + std::to_string(i);
        in.header.seriesInstanceUid = in.header.studyInstanceUid + ".1";
        in.header.sopInstanceUid = in.header.seriesInstanceUid + ".1";
        in.header.sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
        in.relativePath = "dicom/synthetic/" + in.header.sopInstanceUid + ".dcm";
        in.fileSize = 10;
        batch.push_back(std::move(in));
    }
    std::vector<InsertOutcome> outcomes;
    std::string error;
    QVERIFY2(cache.index().insert(batch, &outcomes, &error), error.c_str());
}

std::string importPhantom(Cache& cache, const fs::path& folder, const std::string& name,
                          int slices = 5) {
    PhantomSpec spec;
    spec.slices = slices;
    spec.size = 64;
    spec.patientName = name;
    if (!writePhantomSeries(folder, spec).empty())
        return {};
    const ImportReport report = Importer(cache).run({folder});
    return report.studyInstanceUids.empty() ? std::string() : report.studyInstanceUids.front();
}

QStringList shownNames(StudyListModel& model) {
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, StudyListModel::PatientName).data().toString();
    names.sort();
    return names;
}

template <typename W> W* child(QWidget& parent, const char* name) {
    return parent.findChild<W*>(QString::fromLatin1(name));
}

} // namespace

class TestLocalBrowser : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void browserIsTabbed();
    void searchFieldsFilter();
    void pagesThroughThousandsOfStudies();
    void reloadsKeepSelectionAndScroll();
    void seriesThumbnailsAppear();
    void deletesStudiesAndSeries();
    void dropImports();
    void mediaTabListsAndImportsADicomdir();
    void sendsToARealPeer();
    void opensOnEnterDoubleClickAndButton();
    void evictsToTheSizeLimit();
    void searchLatencyOnALargeCache();
};

void TestLocalBrowser::browserIsTabbed() {
    QTemporaryDir dir;
    MainWindow window(openCache(dir));
    window.show();
    QCOMPARE(window.centralWidget(), &window.mainTabs());
    QCOMPARE(window.mainTabs().widget(0), &window.browserTabs());
    QCOMPARE(window.browserTabs().count(), 3);
    QCOMPARE(window.browserTabs().widget(0), &window.localBrowser());
    QCOMPARE(window.browserTabs().widget(1), static_cast<QWidget*>(&window.pacsBrowser()));
    QCOMPARE(window.browserTabs().widget(2), &window.mediaBrowser());
}

void TestLocalBrowser::searchFieldsFilter() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const QString today = QDate::currentDate().toString("yyyyMMdd");
    insertStudies(*cache, 5, [&](int i) {
        const Synthetic all[] = {{"SMITH^ANNA", "PID001", "ACC100", "20200105", "CT"},
                                 {"JONES^BOB", "PID002", "ACC200", "20200210", "MR"},
                                 {"SMITHERS^CARL", "XYZ003", "ACC300", "20210315", "CT"},
                                 {"NOVAK^DANA", "PID004", "ZZZ400", "20220420", "US"},
                                 {"TODAY^TOM", "PID005", "ACC500", today.toStdString(), "CR"}};
        return all[i];
    });
    MainWindow window(std::move(cache));
    window.show();
    LocalBrowser& browser = window.localBrowser();
    StudyListModel& model = browser.studies();
    QCOMPARE(model.rowCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 5LL, 5000);

    auto* name = child<QLineEdit>(browser, "nameSearch");
    auto* id = child<QLineEdit>(browser, "idSearch");
    auto* accession = child<QLineEdit>(browser, "accessionSearch");
    auto* from = child<QDateEdit>(browser, "dateFrom");
    auto* to = child<QDateEdit>(browser, "dateTo");
    auto* modality = child<QComboBox>(browser, "modality");
    auto* quick = child<QComboBox>(browser, "quickDate");
    QVERIFY(name && id && accession && from && to && modality && quick);

    QTest::keyClicks(name, "smith");
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"SMITH, ANNA", "SMITHERS, CARL"}),
                              5000);
    QVERIFY(browser.lastSearchLatencyMs() >= 0);
    name->clear();
    QTest::keyClicks(id, "PID00?"); // own wildcards: not searched anywhere in the ID
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000);
    id->clear();
    QTest::keyClicks(accession, "ZZZ");
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"NOVAK, DANA"}), 5000);
    accession->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 5000);

    from->setDate(QDate(2020, 2, 1));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 5000); // open-ended: from Feb 2020 on
    to->setDate(QDate(2021, 12, 31));
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"JONES, BOB", "SMITHERS, CARL"}),
                              5000);
    modality->setCurrentIndex(modality->findData("CT"));
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"SMITHERS, CARL"}), 5000);
    from->setDate(from->minimumDate()); // back to "any"
    to->setDate(to->minimumDate());
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"SMITH, ANNA", "SMITHERS, CARL"}),
                              5000);
    modality->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 5000);

    quick->setCurrentIndex(1); // "Today"
    emit quick->activated(1);
    QTRY_COMPARE_WITH_TIMEOUT(shownNames(model), QStringList({"TODAY, TOM"}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 1LL, 5000);
    quick->setCurrentIndex(0);
    emit quick->activated(0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 5000);
}

void TestLocalBrowser::pagesThroughThousandsOfStudies() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const char* names[] = {"SMITH", "JONES", "MUELLER", "GARCIA", "DUBOIS"};
    insertStudies(*cache, 5000, [&](int i) {
        char id[16], acc[16], date[16];
        std::snprintf(id, sizeof id, "PID%05d", i);
        std::snprintf(acc, sizeof acc, "ACC%06d", i);
        std::snprintf(date, sizeof date, "20%02d%02d%02d", 10 + i % 12, 1 + i % 12, 1 + i % 28);
        return Synthetic{std::string(names[i % 5]) + "^P" + std::to_string(i), id, acc, date,
                         i % 2 ? "CT" : "MR"};
    });
    MainWindow window(std::move(cache));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LocalBrowser& browser = window.localBrowser();
    StudyListModel& model = browser.studies();
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 5000LL, 10000);
    QVERIFY(model.rowCount() < 5000);
    QVERIFY(model.rowCount() >= StudyListModel::kPageSize);
    const int first = model.rowCount();
    QVERIFY(model.canFetchMore({}));

    // Scrolling to the end of what is loaded brings the next page.
    browser.studyTable().scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > first, 5000);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 5000);
    QSet<QString> uids;
    for (int r = 0; r < model.rowCount(); ++r)
        uids.insert(model.studyUidAt(r));
    QCOMPARE(uids.size(), 5000); // pages neither overlap nor leave gaps

    // Search while typing: the first page, and the total counted beside it.
    QSignalSpy answered(&browser, &LocalBrowser::searchAnswered);
    QTest::keyClicks(child<QLineEdit>(browser, "nameSearch"), "mue");
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), 1000LL, 10000);
    QVERIFY(model.rowCount() >= StudyListModel::kPageSize && model.rowCount() < 1000);
    qInfo("keystroke to first rows over 5000 studies: %lld ms", browser.lastSearchLatencyMs());
}

void TestLocalBrowser::reloadsKeepSelectionAndScroll() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    insertStudies(*cache, 600, [](int i) {
        char date[16];
        std::snprintf(date, sizeof date, "2015%02d%02d", 1 + i % 12, 1 + i % 28);
        return Synthetic{"PATIENT^" + std::to_string(i), "ID" + std::to_string(i), "", date, "CT"};
    });
    Cache& rawCache = *cache;
    MainWindow window(std::move(cache));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LocalBrowser& browser = window.localBrowser();
    QTableView& table = browser.studyTable();
    while (browser.studies().rowCount() < 400)
        browser.studies().fetchMore({});
    table.selectRow(350);
    table.scrollTo(browser.studies().index(340, 0), QAbstractItemView::PositionAtTop);
    const QString selected = browser.selectedStudyUid();
    const QString top = browser.studies().studyUidAt(table.rowAt(0));
    QVERIFY(!selected.isEmpty());
    QVERIFY(table.verticalScrollBar()->value() > 0);

    // Pushed images of newer studies land above the selection; the view stays put.
    insertStudies(rawCache, 20, [](int i) {
        return Synthetic{"NEW^" + std::to_string(i), "N" + std::to_string(i), "", "20990101", "MR"};
    });
    window.reloadLocalStudies();
    QCOMPARE(browser.selectedStudyUid(), selected);
    QCOMPARE(browser.studies().studyUidAt(table.rowAt(0)), top);
    QVERIFY(browser.studies().rowCount() >= 400);

    // A real background import (newest date of all) does the same.
    PhantomSpec spec;
    spec.slices = 2;
    spec.size = 32;
    spec.patientName = "AARDVARK^ADAM";
    const fs::path in = fs::path(dir.path().toStdString()) / "in";
    QCOMPARE(QString::fromStdString(writePhantomSeries(in, spec)), QString());
    QSignalSpy reloaded(&window, &MainWindow::studiesReloaded);
    window.importPaths({QString::fromStdString(in.string())});
    QVERIFY(reloaded.wait(60000));
    QCOMPARE(browser.selectedStudyUid(), selected);
    QCOMPARE(browser.studies().studyUidAt(table.rowAt(0)), top);
}

void TestLocalBrowser::seriesThumbnailsAppear() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const fs::path base(dir.path().toStdString());
    const std::string uid = importPhantom(*cache, base / "in", "THUMB^TEST");
    const std::string other = importPhantom(*cache, base / "other", "OTHER^OTTO", 3);
    QVERIFY(!uid.empty() && !other.empty());
    MainWindow window(std::move(cache));
    SeriesPanel& panel = window.localBrowser().seriesPanel();
    QSignalSpy shown(&panel, &SeriesPanel::thumbnailsShown);
    window.show();
    LocalBrowser& browser = window.localBrowser();
    // Quickly from one study to the other: only the second one's series and thumbnails show.
    browser.studyTable().selectRow(browser.studies().rowOfStudy(QString::fromStdString(other)));
    browser.studyTable().selectRow(browser.studies().rowOfStudy(QString::fromStdString(uid)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !shown.isEmpty() && shown.last().at(0).toString() == QString::fromStdString(uid), 20000);
    QCOMPARE(panel.studyInstanceUid(), QString::fromStdString(uid));
    QCOMPARE(panel.tree().topLevelItemCount(), 1);
    QTreeWidgetItem* item = panel.tree().topLevelItem(0);
    QCOMPARE(item->text(SeriesPanel::Images), QString("5"));
    const QImage thumbnail =
        panel.thumbnailOf(item->data(SeriesPanel::Number, SeriesPanel::SeriesUidRole).toString());
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.size(), QSize(SeriesPanel::kThumbnailSize, SeriesPanel::kThumbnailSize));
    QVERIFY(!item->icon(SeriesPanel::Number).isNull());
    QTest::qWait(200); // late answers for the other study must not change what is shown
    QCOMPARE(panel.tree().topLevelItemCount(), 1);
    QCOMPARE(panel.tree().topLevelItem(0)->text(SeriesPanel::Images), QString("5"));
}

void TestLocalBrowser::deletesStudiesAndSeries() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const fs::path base(dir.path().toStdString());
    const std::string a = importPhantom(*cache, base / "a", "ALPHA^ANNA");
    const std::string b = importPhantom(*cache, base / "b", "BRAVO^BERT");
    QVERIFY(!a.empty() && !b.empty());
    const fs::path dicom = cache->root() / "dicom";
    MainWindow window(std::move(cache));
    window.show();
    LocalBrowser& browser = window.localBrowser();
    QCOMPARE(browser.studies().rowCount(), 2);

    // Through the Delete key and its confirmation dialog.
    browser.studyTable().selectRow(browser.studies().rowOfStudy(QString::fromStdString(a)));
    QSignalSpy deleted(&browser, &LocalBrowser::deletionFinished);
    QTimer::singleShot(0, &browser, [] {
        // The question is modal: answer it once it is up (bounded).
        for (int i = 0; i < 100; ++i) {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
                return;
            }
            QTest::qWait(50);
        }
    });
    QTest::keyClick(&browser.studyTable(), Qt::Key_Delete);
    QVERIFY(deleted.wait(20000));
    QCOMPARE(browser.studies().rowCount(), 1);
    QCOMPARE(browser.studies().studyUidAt(0), QString::fromStdString(b));
    QCOMPARE(window.cache().index().totals().instances, 5LL);

    // The remaining study's only series: the study goes with it, and every file.
    browser.studyTable().selectRow(0);
    QCOMPARE(browser.selectedStudyUid(), QString::fromStdString(b));
    QCOMPARE(browser.seriesPanel().tree().topLevelItemCount(), 1);
    const QStringList series = {browser.seriesPanel()
                                    .tree()
                                    .topLevelItem(0)
                                    ->data(SeriesPanel::Number, SeriesPanel::SeriesUidRole)
                                    .toString()};
    browser.deleteSeries(series);
    QVERIFY(deleted.wait(20000));
    QCOMPARE(browser.studies().rowCount(), 0);
    const auto totals = window.cache().index().totals();
    QCOMPARE(totals.patients + totals.studies + totals.series + totals.instances, 0LL);
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(dicom))
        files += e.is_regular_file() ? 1 : 0;
    QCOMPARE(files, std::size_t(0));
}

void TestLocalBrowser::dropImports() {
    QTemporaryDir dir;
    MainWindow window(openCache(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PhantomSpec spec;
    spec.slices = 3;
    spec.size = 32;
    spec.patientName = "DROPPED^DORA";
    const fs::path in = fs::path(dir.path().toStdString()) / "dropped";
    QCOMPARE(QString::fromStdString(writePhantomSeries(in, spec)), QString());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(in.string()))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy reloaded(&window, &MainWindow::studiesReloaded);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 1, 60000);
    QCOMPARE(window.studies().index(0, StudyListModel::PatientName).data().toString(),
             QString("DROPPED, DORA"));
}

void TestLocalBrowser::mediaTabListsAndImportsADicomdir() {
    QTemporaryDir dir;
    MainWindow window(openCache(dir));
    window.show();
    MediaBrowser& media = window.mediaBrowser();
    QSignalSpy shown(&media, &MediaBrowser::dicomdirShown);
    // A folder holding a DICOMDIR, as a mounted CD is opened.
    media.openDicomdir(
        QString::fromStdString((pydicomData() / "test_files" / "dicomdirtests").string()));
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.first().at(0).toString(), QString());
    QTreeWidget& tree = media.tree();
    QVERIFY(tree.topLevelItemCount() >= 2); // patients
    QTreeWidgetItem* firstStudy = tree.topLevelItem(0)->child(0);
    QVERIFY(firstStudy);
    QVERIFY(firstStudy->childCount() > 0); // series
    const int firstStudyImages = firstStudy->text(3).toInt();
    QVERIFY(firstStudyImages > 0);

    // The selected study only, then everything (the rest arrives, the first are duplicates).
    QSignalSpy imported(&media, &MediaBrowser::importFinished);
    firstStudy->setSelected(true);
    media.importSelected();
    QVERIFY(imported.wait(60000));
    auto report = imported.last().at(0).value<ImportReport>();
    QCOMPARE(int(report.imported + report.duplicates), firstStudyImages);
    QTRY_COMPARE_WITH_TIMEOUT(window.studies().rowCount(), 1, 10000);
    media.importAll();
    QVERIFY(imported.wait(60000));
    report = imported.last().at(0).value<ImportReport>();
    QVERIFY(report.imported > 0);
    QCOMPARE(int(report.duplicates), firstStudyImages);
    QTRY_VERIFY_WITH_TIMEOUT(window.studies().rowCount() > 1, 10000);

    // Not a DICOMDIR: a clear error, nothing listed.
    media.openDicomdir(QString::fromStdString(dir.path().toStdString()));
    QVERIFY(shown.wait(20000));
    QVERIFY(!shown.last().at(0).toString().isEmpty());
    QCOMPARE(tree.topLevelItemCount(), 0);
}

void TestLocalBrowser::sendsToARealPeer() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const std::string uid =
        importPhantom(*cache, fs::path(dir.path().toStdString()) / "in", "SEND^SAM", 4);
    QVERIFY(!uid.empty());
    auto peer = StorescpPeer::start("STORESCP");
    QVERIFY(peer);
    MainWindow window(std::move(cache));
    window.show();
    LocalBrowser& browser = window.localBrowser();
    RemoteNode node;
    node.aeTitle = peer->aeTitle();
    node.host = "127.0.0.1";
    node.port = peer->port();
    QSignalSpy finished(&browser, &LocalBrowser::sendFinished);
    browser.sendTo(node, {QString::fromStdString(uid)}, {});
    QVERIFY(browser.isSending());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toInt(), 4);
    QCOMPARE(finished.last().at(1).toInt(), 0);
    QVERIFY2(finished.last().at(2).toString().contains("4 of 4"),
             qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(peer->receivedFiles().size(), std::size_t(4), 10000);

    // Nobody listening: every image failed, and the message says why.
    peer->stop();
    browser.sendTo(node, {QString::fromStdString(uid)}, {});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toInt(), 0);
    QCOMPARE(finished.last().at(1).toInt(), 4);
    const QString message = finished.last().at(2).toString();
    QVERIFY2(message.contains("0 of 4") && message.contains('\n'), qPrintable(message));
    qInfo("%s", qPrintable(message));
}

void TestLocalBrowser::opensOnEnterDoubleClickAndButton() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    insertStudies(*cache, 3, [](int i) {
        return Synthetic{"OPEN^" + std::to_string(i), "O" + std::to_string(i), "", "20200101",
                         "CT"};
    });
    MainWindow window(std::move(cache));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy open(&window, &MainWindow::openStudyRequested);
    QTableView& table = window.studyTable();
    table.selectRow(1);
    const QString uid = window.selectedStudyUid();
    auto lastAccess = [&] {
        std::string t;
        window.cache().index().select(
            "SELECT last_accessed_at FROM study WHERE study_instance_uid = ?1", {uid.toStdString()},
            [&](const CacheIndex::Row& row) {
                t = std::get<std::string>(row[0]);
                return false;
            });
        return t;
    };
    const std::string before = lastAccess();
    QTest::keyClick(&table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.last().at(0).toString(), uid);
    const QRect cell = table.visualRect(window.studies().index(1, 0));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(table.viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(open.count(), 2);
    QPushButton* button = nullptr;
    for (QPushButton* b : window.localBrowser().findChildren<QPushButton*>())
        if (b->text().remove('&') == "Open")
            button = b;
    QVERIFY(button);
    button->click();
    QCOMPARE(open.count(), 3);
    QCOMPARE(open.last().at(0).toString(), uid);
    // Opening counts as use for the size limit: the access time moved on (milliseconds now).
    const std::string after = lastAccess();
    QVERIFY2(after != before && after.find('.') != std::string::npos, after.c_str());
}

void TestLocalBrowser::evictsToTheSizeLimit() {
    QTemporaryDir dir;
    auto cache = openCache(dir);
    QVERIFY(cache);
    const fs::path base(dir.path().toStdString());
    const std::string a = importPhantom(*cache, base / "a", "ALPHA^ANNA");
    const std::string b = importPhantom(*cache, base / "b", "BRAVO^BERT");
    const std::string c = importPhantom(*cache, base / "c", "CHARLIE^CARL");
    QVERIFY(!a.empty() && !b.empty() && !c.empty());
    // Used since arrival: b, then a; c is the least recently used, a is open in a viewer.
    QVERIFY(cache->index().touchStudy(b));
    QTest::qWait(20);
    QVERIFY(cache->index().touchStudy(a));
    const fs::path root = cache->root();
    MainWindow window(std::move(cache));
    window.show();
    QCOMPARE(window.studies().rowCount(), 3);

    const std::uint64_t total = cacheSizeBytes(window.cache());
    BackgroundEviction eviction(root);
    QSignalSpy finished(&eviction, &BackgroundEviction::finished);
    eviction.run(total * 3 / 4, {a}); // the three studies are of one size: one has to go
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toStringList(), QStringList({QString::fromStdString(c)}));
    QVERIFY(finished.last().at(1).toULongLong() > 0 &&
            finished.last().at(1).toULongLong() < total / 2);
    QCOMPARE(finished.last().at(2).toString(), QString());
    eviction.run(1, {a}); // room for nothing: all but the open study
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toStringList(), QStringList({QString::fromStdString(b)}));
    window.reloadLocalStudies();
    QCOMPARE(window.studies().rowCount(), 1);
    QCOMPARE(window.studies().studyUidAt(0), QString::fromStdString(a));

    // The setting the Settings dialog writes; absent or 0: no limit.
    QSettings settings;
    settings.setValue("cache/sizeLimitMB", 5);
    QCOMPARE(BackgroundEviction::limitBytesFromSettings(), std::uint64_t(5) * 1024 * 1024);
    settings.remove("cache/sizeLimitMB");
    QCOMPARE(BackgroundEviction::limitBytesFromSettings(), std::uint64_t(0));
}

// A measurement, not a check of behaviour: PELLUCID_LARGE_CACHE names a cache such as the
// 100 000-study one tests/bench/run.sh builds (find case).
void TestLocalBrowser::searchLatencyOnALargeCache() {
    const QByteArray root = qgetenv("PELLUCID_LARGE_CACHE");
    if (root.isEmpty())
        QSKIP("PELLUCID_LARGE_CACHE not set");
    std::string error;
    auto cache = Cache::open(fs::path(root.toStdString()), &error);
    QVERIFY2(cache, error.c_str());
    MainWindow window(std::move(cache));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LocalBrowser& browser = window.localBrowser();
    QSignalSpy answered(&browser, &LocalBrowser::searchAnswered);
    auto type = [&](const char* field, const QString& text) {
        auto* edit = child<QLineEdit>(browser, field);
        QVERIFY(edit->text().isEmpty());
        const int cleared = answered.count();
        for (const QChar c : text) {
            QTest::keyClick(edit, c.toLatin1());
            QTest::qWait(60); // a fast typist, inside the debounce
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() > cleared, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(browser.studies().totalCount() >= 0, 20000);
        qInfo("%s '%s': first %d rows %lld ms after the last keystroke, %lld matches", field,
              qPrintable(text), browser.studies().rowCount(), browser.lastSearchLatencyMs(),
              browser.studies().totalCount());
        edit->clear();
        QTRY_VERIFY_WITH_TIMEOUT(answered.count() > cleared + 1, 20000);
    };
    type("nameSearch", "smi");
    type("nameSearch", "tanaka");
    type("idSearch", "PID0004242");
    type("accessionSearch", "ACC00077");
    type("nameSearch", "zzz"); // no match: the whole index is read
    if (const QByteArray shot = qgetenv("PELLUCID_SCREENSHOT"); !shot.isEmpty()) {
        QTest::keyClicks(child<QLineEdit>(browser, "nameSearch"), "tan");
        QTRY_VERIFY_WITH_TIMEOUT(browser.studies().totalCount() > 0, 20000);
        QTest::qWait(500);
        window.grab().save(QString::fromLocal8Bit(shot));
    }
}

QTEST_MAIN(TestLocalBrowser)
#include "tst_localbrowser.moc"
