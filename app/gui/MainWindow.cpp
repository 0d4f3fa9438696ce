#include "app/gui/MainWindow.h"

#include "app/gui/BackgroundImport.h"
#include "app/gui/NodeEcho.h"
#include "app/gui/PacsBrowser.h"
#include "app/gui/SettingsDialog.h"
#include "app/gui/StorageService.h"
#include "app/gui/StudyListModel.h"
#include "core/cache/Cache.h"
#include "core/query/CacheQuery.h"
#include "render/FrameRenderer.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <fstream>

namespace pellucid {
namespace {

// The file of the middle image of the study's first series, which is what a radiologist
// expects a study preview to show.
QString previewFileOf(CacheIndex& index, const Cache& cache, const QString& studyUid) {
    std::string error;
    auto seriesQuery = CacheQuery::parse(QueryLevel::Series,
                                         {"StudyInstanceUID=" + studyUid.toStdString()}, &error);
    if (!seriesQuery)
        return {};
    std::string firstSeries;
    const auto& sc = seriesQuery->columns();
    seriesQuery->run(
        index,
        [&](const CacheQuery::Row& row) {
            for (std::size_t c = 0; c < sc.size(); ++c)
                if (std::string_view(sc[c]->keyword) == "SeriesInstanceUID")
                    firstSeries = std::get<std::string>(row[c]);
            return false;
        },
        &error);
    if (firstSeries.empty())
        return {};
    auto instanceQuery =
        CacheQuery::parse(QueryLevel::Instance, {"SeriesInstanceUID=" + firstSeries}, &error);
    if (!instanceQuery)
        return {};
    std::vector<std::string> files;
    const auto& ic = instanceQuery->columns();
    instanceQuery->run(
        index,
        [&](const CacheQuery::Row& row) {
            for (std::size_t c = 0; c < ic.size(); ++c)
                if (std::string_view(ic[c]->keyword) == "FilePath")
                    files.push_back(std::get<std::string>(row[c]));
            return true;
        },
        &error);
    if (files.empty())
        return {};
    return QString::fromStdU16String(cache.files().absolute(files[files.size() / 2]).u16string());
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Cache> cache, QWidget* parent)
    : QMainWindow(parent)
    , cache_(std::move(cache)) {
    model_ = new StudyListModel(cache_->index(), this);
    import_ = new BackgroundImport(cache_->root(), this);
    connect(import_, &BackgroundImport::progressed, this, &MainWindow::onImportProgress);
    connect(import_, &BackgroundImport::finished, this, &MainWindow::onImportFinished);
    connect(&previewWatcher_, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = previewWatcher_.result();
        preview_->setPixmap(QPixmap::fromImage(image));
        if (image.isNull())
            preview_->setText(tr("No preview"));
        emit previewShown();
    });
    pacs_ = new PacsBrowser(cache_->root());
    buildUi();
    reloadStudies();
    connect(pacs_, &PacsBrowser::studyRetrieved, this, &MainWindow::reloadStudies);
    connect(pacs_, &PacsBrowser::studyReadyToOpen, this, [this](const QString& uid) {
        studyToSelect_ = uid;
        reloadStudies();
        tabs_->setCurrentIndex(0);
    });
    connect(pacs_, &PacsBrowser::nodeSettingsRequested, this,
            [this] { openSettings(SettingsDialog::RemoteNodesPage); });
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
        reloadStudies();
    });
}

MainWindow::~MainWindow() {
    previewWatcher_.waitForFinished();
}

void MainWindow::buildUi() {
    setWindowTitle(tr("Pellucid"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Import &Files…"), QKeySequence::Open, this, &MainWindow::importFiles);
    file->addAction(tr("Import F&older or DICOMDIR…"), this, &MainWindow::importFolder);
    file->addAction(tr("Generate &Demo Study"), this, &MainWindow::generateDemo);
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

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    auto* searchRow = new QHBoxLayout;
    nameSearch_ = new QLineEdit;
    nameSearch_->setPlaceholderText(tr("Patient name (wildcards * ?)"));
    nameSearch_->setClearButtonEnabled(true);
    idSearch_ = new QLineEdit;
    idSearch_->setPlaceholderText(tr("Patient ID"));
    idSearch_->setClearButtonEnabled(true);
    searchRow->addWidget(nameSearch_, 2);
    searchRow->addWidget(idSearch_, 1);
    leftLayout->addLayout(searchRow);
    table_ = new QTableView;
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(StudyListModel::Description,
                                                     QHeaderView::Stretch);
    leftLayout->addWidget(table_);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    preview_ = new QLabel(tr("No study selected"));
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setMinimumSize(256, 256);
    preview_->setStyleSheet(QStringLiteral("background: black; color: #bbb;"));
    previewCaption_ = new QLabel;
    previewCaption_->setWordWrap(true);
    rightLayout->addWidget(preview_, 1);
    rightLayout->addWidget(previewCaption_);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    tabs_ = new QTabWidget;
    tabs_->addTab(splitter, tr("Local Cache"));
    tabs_->addTab(pacs_, tr("PACS"));
    setCentralWidget(tabs_);

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

    // Search as the user types, but not on every keystroke of a fast typist.
    searchDelay_ = new QTimer(this);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(150);
    connect(searchDelay_, &QTimer::timeout, this, &MainWindow::reloadStudies);
    connect(nameSearch_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(idSearch_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showPreviewOfSelection);
    resize(1280, 800);
}

QString MainWindow::selectedStudyUid() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? model_->data(current, StudyListModel::StudyUidRole).toString()
                             : QString();
}

void MainWindow::reloadStudies() {
    // Keep the user's selection and scroll position across reloads (imports finish while the
    // user is reading the list).
    const QString selected = studyToSelect_.isEmpty() ? selectedStudyUid() : studyToSelect_;
    const int scroll = table_->verticalScrollBar() ? table_->verticalScrollBar()->value() : 0;
    if (const QString error = model_->reload(nameSearch_->text(), idSearch_->text());
        !error.isEmpty())
        statusBar()->showMessage(tr("Search failed: %1").arg(error), 5000);
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(StudyListModel::Description,
                                                     QHeaderView::Stretch);
    const int row = model_->rowOfStudy(selected);
    if (row >= 0) {
        table_->selectRow(row);
        if (!studyToSelect_.isEmpty())
            table_->scrollTo(model_->index(row, 0));
        else
            table_->verticalScrollBar()->setValue(scroll);
    } else if (model_->rowCount() > 0 && selected.isEmpty()) {
        table_->selectRow(0);
    }
    studyToSelect_.clear();
    updateCounts();
    emit studiesReloaded();
}

void MainWindow::updateCounts() {
    const CacheIndex::Totals t = cache_->index().totals();
    counts_->setText(tr("%1 patients, %2 studies, %3 series, %4 images in the cache")
                         .arg(t.patients)
                         .arg(t.studies)
                         .arg(t.series)
                         .arg(t.instances));
}

void MainWindow::showPreviewOfSelection() {
    const QString uid = selectedStudyUid();
    if (uid.isEmpty())
        return;
    const int row = table_->currentIndex().row();
    previewCaption_->setText(
        QStringLiteral("<b>%1</b><br>%2 — %3<br>%4")
            .arg(model_->index(row, StudyListModel::PatientName).data().toString().toHtmlEscaped(),
                 model_->index(row, StudyListModel::StudyDate).data().toString().toHtmlEscaped(),
                 model_->index(row, StudyListModel::Description).data().toString().toHtmlEscaped(),
                 uid.toHtmlEscaped()));
    const QString file = previewFileOf(cache_->index(), *cache_, uid);
    if (file.isEmpty()) {
        preview_->setText(tr("No image in this study"));
        return;
    }
    const QSize size = preview_->size();
    previewWatcher_.setFuture(QtConcurrent::run([file, size] {
        RenderRequest request;
        request.size = size;
        auto rendered = renderFrame(file, request);
        const auto* frame = std::get_if<RenderedFrame>(&rendered);
        return frame ? frame->image : QImage();
    }));
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
        studyToSelect_ = QString::fromStdString(report.studyInstanceUids.front());
    reloadStudies();
}

} // namespace pellucid
