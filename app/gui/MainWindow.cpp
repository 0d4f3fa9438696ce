#include "app/gui/MainWindow.h"

#include "app/gui/browser/LocalBrowser.h"
#include "app/gui/browser/MediaBrowser.h"
#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/BackgroundEviction.h"
#include "app/gui/jobs/BackgroundImport.h"
#include "app/gui/jobs/StorageService.h"
#include "app/gui/pacs/NodeEcho.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "app/gui/settings/SettingsDialog.h"
#include "app/gui/viewer/StudyViewer.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheRemoval.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUrl>
#include <QtConcurrent>

#include <fstream>

namespace pellucid {

MainWindow::MainWindow(std::unique_ptr<Cache> cache, QWidget* parent)
    : QMainWindow(parent)
    , cache_(std::move(cache)) {
    import_ = new BackgroundImport(cache_->root(), this);
    eviction_ = new BackgroundEviction(cache_->root(), this);
    connect(import_, &BackgroundImport::progressed, this, &MainWindow::onImportProgress);
    connect(import_, &BackgroundImport::finished, this, &MainWindow::onImportFinished);
    connect(eviction_, &BackgroundEviction::finished, this,
            [this](const QStringList& removed, qulonglong freed, const QString& error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("Keeping the cache size failed: %1").arg(error),
                                             10000);
                if (removed.isEmpty())
                    return;
                statusBar()->showMessage(
                    tr("Cache size limit: removed the %1 least recently used studies (%2 MB)")
                        .arg(removed.size())
                        .arg(freed / (1024 * 1024)),
                    10000);
                reloadLocalStudies();
                emit cacheEvicted(removed);
            });
    connect(&cleanup_, &QFutureWatcher<QString>::finished, this,
            [this] { statusBar()->showMessage(cleanup_.result(), 10000); });
    buildUi();
    updateCounts();
}

MainWindow::~MainWindow() {
    cleanup_.waitForFinished();
}

StudyListModel& MainWindow::studies() {
    return local_->studies();
}

QTableView& MainWindow::studyTable() {
    return local_->studyTable();
}

QString MainWindow::selectedStudyUid() const {
    return local_->selectedStudyUid();
}

void MainWindow::attachStorageService(StorageService& service) {
    storage_ = &service;
    pacs_->attachStorageService(&service);
    if (!storageStatus_) {
        storageStatus_ = new QLabel;
        statusBar()->addPermanentWidget(storageStatus_);
    }
    storageStatus_->setText(service.statusText());
    connect(&service, &StorageService::statusChanged, storageStatus_, &QLabel::setText);
    connect(&service, &StorageService::instancesArrived, this, [this](int stored, int failed) {
        statusBar()->showMessage(
            failed ? tr("Received %n image(s); %1 could not be kept", nullptr, stored).arg(failed)
                   : tr("Received %n image(s)", nullptr, stored),
            5000);
        reloadLocalStudies();
        enforceCacheSizeLimit();
    });
}

void MainWindow::buildUi() {
    setWindowTitle(tr("Pellucid"));
    setAcceptDrops(true);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Import &Files…"), QKeySequence::Open, this, &MainWindow::importFiles);
    file->addAction(tr("Import F&older or DICOMDIR…"), this, &MainWindow::importFolder);
    file->addAction(tr("Generate &Demo Study"), this, &MainWindow::generateDemo);
    file->addAction(tr("&Clean Up Cache Files"), this, &MainWindow::cleanUpCacheFiles);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] { openSettings(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* network = menuBar()->addMenu(tr("&Network"));
    network->addAction(tr("&Verify a Node (C-ECHO)…"), this, [this] {
        QSettings settings;
        verifyNodeInteractively(
            this, settings.value(QStringLiteral("storage/aeTitle"), QStringLiteral("PELLUCID"))
                      .toString());
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pellucid"), this, [this] {
        QMessageBox::about(this, tr("About Pellucid"),
                           tr("Pellucid %1\nA DICOM diagnostic viewer workstation.\nCache: %2")
                               .arg(QApplication::applicationVersion(),
                                    QString::fromStdU16String(cache_->root().u16string())));
    });

    mainTabs_ = new QTabWidget;
    mainTabs_->setObjectName(QStringLiteral("mainTabs"));
    mainTabs_->setDocumentMode(true);
    mainTabs_->setTabsClosable(true);
    browserTabs_ = new QTabWidget;
    browserTabs_->setObjectName(QStringLiteral("browserTabs"));
    local_ = new LocalBrowser(*cache_, browserTabs_);
    media_ = new MediaBrowser(cache_->root(), browserTabs_);
    pacs_ = new PacsBrowser(cache_->root(), QString(), browserTabs_);
    browserTabs_->addTab(local_, tr("Local cache"));
    browserTabs_->addTab(pacs_, tr("PACS"));
    browserTabs_->addTab(media_, tr("Media"));
    mainTabs_->addTab(browserTabs_, tr("Studies"));
    // The browser stays: only study tabs get a close button.
    mainTabs_->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    mainTabs_->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(mainTabs_);

    connect(local_, &LocalBrowser::studiesReloaded, this, [this] {
        updateCounts();
        emit studiesReloaded();
    });
    connect(local_, &LocalBrowser::previewShown, this, &MainWindow::previewShown);
    connect(local_, &LocalBrowser::openStudyRequested, this, [this](const QString& uid) {
        // Opening is use: the size limit evicts least recently used studies first.
        cache_->index().touchStudy(uid.toStdString());
        emit openStudyRequested(uid);
        openStudy(uid);
    });
    connect(mainTabs_, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* viewer = qobject_cast<StudyViewer*>(mainTabs_->widget(index)))
            closeStudy(viewer);
    });
    // A retrieve that ends refreshes the list in place (selection and scroll kept); only a
    // study the user asked to open (double-click in the PACS tab) opens.
    connect(pacs_, &PacsBrowser::studyRetrieved, this, &MainWindow::reloadLocalStudies);
    connect(pacs_, &PacsBrowser::studyReadyToOpen, this, [this](const QString& uid) {
        reloadLocalStudies();
        cache_->index().touchStudy(uid.toStdString());
        openStudy(uid);
    });
    connect(pacs_, &PacsBrowser::nodeSettingsRequested, this,
            [this] { openSettings(SettingsDialog::RemoteNodesPage); });
    connect(local_, &LocalBrowser::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(media_, &MediaBrowser::importFinished, this,
            [this](const ImportReport& report, const QString& failure) {
                if (failure.isEmpty() && report.imported > 0) {
                    reloadLocalStudies();
                    enforceCacheSizeLimit();
                }
            });

    counts_ = new QLabel;
    progress_ = new QProgressBar;
    progress_->setMaximumWidth(240);
    progress_->hide();
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->hide();
    connect(cancel_, &QPushButton::clicked, import_, &BackgroundImport::cancel);
    statusBar()->addWidget(counts_, 1);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    resize(1280, 800);
}

StudyViewer* MainWindow::openStudy(const QString& studyInstanceUid) {
    for (StudyViewer* viewer : studyViewers())
        if (viewer->studyInstanceUid() == studyInstanceUid) {
            mainTabs_->setCurrentWidget(viewer);
            return viewer;
        }
    auto* viewer = new StudyViewer(*cache_, studyInstanceUid);
    const int index = mainTabs_->addTab(viewer, tr("Study"));
    mainTabs_->setTabToolTip(index, studyInstanceUid);
    connect(viewer, &StudyViewer::seriesShown, this, [this, viewer] {
        const int at = mainTabs_->indexOf(viewer);
        if (at >= 0)
            mainTabs_->setTabText(at, viewer->title());
    });
    mainTabs_->setCurrentWidget(viewer);
    QStringList open;
    for (StudyViewer* v : studyViewers())
        open << v->studyInstanceUid();
    setOpenStudyUids(open);
    return viewer;
}

std::vector<StudyViewer*> MainWindow::studyViewers() const {
    std::vector<StudyViewer*> viewers;
    for (int i = 0; i < mainTabs_->count(); ++i)
        if (auto* viewer = qobject_cast<StudyViewer*>(mainTabs_->widget(i)))
            viewers.push_back(viewer);
    return viewers;
}

void MainWindow::closeStudy(StudyViewer* viewer) {
    const int index = mainTabs_->indexOf(viewer);
    if (index < 0)
        return;
    mainTabs_->removeTab(index);
    // Its volumes go with it: memory for closed studies is released at once.
    delete viewer;
    QStringList open;
    for (StudyViewer* v : studyViewers())
        open << v->studyInstanceUid();
    setOpenStudyUids(open);
}

void MainWindow::openSettings(int page) {
    SettingsDialog dialog(QString(), this);
    dialog.showPage(static_cast<SettingsDialog::Page>(page));
    connect(&dialog, &SettingsDialog::storageSettingsChanged, this, [this] {
        if (!storage_)
            return;
        QSettings settings;
        storage_->start(settings);
    });
    connect(&dialog, &SettingsDialog::nodesChanged, pacs_, &PacsBrowser::reloadNodes);
    dialog.exec();
}

void MainWindow::reloadLocalStudies() {
    local_->reload();
}

void MainWindow::setOpenStudyUids(const QStringList& studyInstanceUids) {
    openStudies_.clear();
    for (const QString& uid : studyInstanceUids)
        openStudies_.insert(uid.toStdString());
}

void MainWindow::enforceCacheSizeLimit() {
    eviction_->runIfLimited(openStudies_);
}

void MainWindow::cleanUpCacheFiles() {
    if (cleanup_.isRunning())
        return;
    statusBar()->showMessage(tr("Looking for cache files the index does not know…"));
    const std::filesystem::path root = cache_->root();
    cleanup_.setFuture(QtConcurrent::run([root] {
        std::string error;
        auto cache = Cache::open(root, &error);
        // An hour: the network intake publishes a file a moment before it indexes it.
        const std::size_t removed =
            cache ? removeOrphanFiles(*cache, std::chrono::hours(1), &error) : 0;
        QString message = tr("Removed %1 file(s) the cache index did not know").arg(removed);
        if (!error.empty())
            message += QStringLiteral("; ") + QString::fromStdString(error);
        return message;
    }));
}

void MainWindow::updateCounts() {
    const CacheIndex::Totals t = cache_->index().totals();
    counts_->setText(tr("%1 patients, %2 studies, %3 series, %4 images in the cache")
                         .arg(t.patients)
                         .arg(t.studies)
                         .arg(t.series)
                         .arg(t.instances));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::importPaths(const QStringList& paths) {
    if (import_->isRunning()) {
        statusBar()->showMessage(tr("An import is already running"), 5000);
        return;
    }
    import_->importPaths(paths);
}

void MainWindow::importFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import DICOM files"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder or media"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::generateDemo() {
    import_->generateDemo(PhantomSpec{});
}

void MainWindow::offerDemoStudyIfEmpty() {
    // Once per cache: a user who deleted the demo study does not want it back.
    const std::filesystem::path marker = cache_->root() / "demo-offered";
    std::error_code ec;
    if (cache_->index().totals().studies > 0 || std::filesystem::exists(marker, ec))
        return;
    std::ofstream(marker) << "The demo study was offered for this cache.\n";
    generateDemo();
}

void MainWindow::onImportProgress(const QString& text, int done, int total) {
    progress_->show();
    cancel_->show();
    progress_->setRange(0, total);
    progress_->setValue(done);
    statusBar()->showMessage(text);
}

void MainWindow::onImportFinished(const ImportReport& report, const QString& failure) {
    progress_->hide();
    cancel_->hide();
    if (!failure.isEmpty()) {
        statusBar()->showMessage(tr("Import failed: %1").arg(failure));
        return;
    }
    statusBar()->showMessage(tr("Imported %1, duplicates %2, rejected %3%4")
                                 .arg(report.imported)
                                 .arg(report.duplicates)
                                 .arg(report.problems.size())
                                 .arg(report.cancelled ? tr(" (cancelled)") : QString()),
                             10000);
    if (selectedStudyUid().isEmpty() && !report.studyInstanceUids.empty())
        local_->selectStudyAfterReload(QString::fromStdString(report.studyInstanceUids.front()));
    reloadLocalStudies();
    enforceCacheSizeLimit();
}

} // namespace pellucid
