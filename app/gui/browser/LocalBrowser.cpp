#include "app/gui/browser/LocalBrowser.h"

#include "app/gui/browser/SeriesPanel.h"
#include "app/gui/jobs/StudySend.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/cache/CacheRemoval.h"
#include "net/common/NodeDirectory.h"
#include "render/Thumbnail.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pellucid {
namespace {

enum QuickDate { AnyDate, Today, Yesterday, Last7Days, Last30Days, DateRange };

const QDate kNoDate(1900, 1, 1); // the date edits' "not set" value

QString dicomDate(const QDateEdit* edit) {
    return edit->date() == kNoDate ? QString() : edit->date().toString(QStringLiteral("yyyyMMdd"));
}

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

} // namespace

LocalBrowser::LocalBrowser(Cache& cache, QWidget* parent)
    : QWidget(parent)
    , cache_(cache) {
    // First child on purpose: the patient name is the field a user (and a test) finds first.
    nameSearch_ = new QLineEdit(this);
    model_ = new StudyListModel(cache_.index(), this);
    std::string error;
    auto pages = cache_.openIndex(&error, CacheIndex::Mode::ReadOnly);
    auto counting = cache_.openIndex(&error, CacheIndex::Mode::ReadOnly);
    if (pages && counting)
        model_->setBackgroundIndex(std::move(pages), std::move(counting));
    sender_ = new StudySend(this);
    buildUi();
    connect(model_, &StudyListModel::reloaded, this, [this](const QString& error) {
        if (!error.isEmpty())
            emit statusMessage(tr("Search failed: %1").arg(error), 5000);
        else
            afterModelReset(keepOnAnswer_, QString(), true);
        if (sinceKeystroke_.isValid()) {
            lastSearchLatencyMs_ = sinceKeystroke_.elapsed();
            sinceKeystroke_.invalidate();
            emit searchAnswered(lastSearchLatencyMs_);
        }
        emit studiesReloaded();
    });
    connect(model_, &StudyListModel::totalCountChanged, this, &LocalBrowser::updateTotal);
    connect(&previewWatcher_, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = previewWatcher_.result();
        preview_->setPixmap(QPixmap::fromImage(image));
        if (image.isNull())
            preview_->setText(tr("No preview"));
        emit previewShown();
    });
    connect(&deletion_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString message = deletion_.result();
        reload();
        updateActions();
        emit statusMessage(message, 10000);
        emit deletionFinished(message);
    });
    connect(sender_, &StudySend::progressed, this, [this](int done, int total) {
        sendProgress_->setRange(0, total);
        sendProgress_->setValue(done);
    });
    connect(sender_, &StudySend::finished, this,
            [this](int sent, int failed, bool, const QString& message) {
                sendProgress_->hide();
                sendCancel_->hide();
                updateActions();
                emit statusMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
                emit sendFinished(sent, failed, message);
            });
    reload();
}

LocalBrowser::~LocalBrowser() {
    previewWatcher_.waitForFinished();
    deletion_.waitForFinished();
}

void LocalBrowser::buildUi() {
    nameSearch_->setObjectName(QStringLiteral("nameSearch"));
    nameSearch_->setPlaceholderText(tr("Patient name (wildcards * ?)"));
    nameSearch_->setClearButtonEnabled(true);
    idSearch_ = new QLineEdit(this);
    idSearch_->setObjectName(QStringLiteral("idSearch"));
    idSearch_->setPlaceholderText(tr("Patient ID"));
    idSearch_->setClearButtonEnabled(true);
    accessionSearch_ = new QLineEdit(this);
    accessionSearch_->setObjectName(QStringLiteral("accessionSearch"));
    accessionSearch_->setPlaceholderText(tr("Accession number"));
    accessionSearch_->setClearButtonEnabled(true);
    quickDate_ = new QComboBox(this);
    quickDate_->setObjectName(QStringLiteral("quickDate"));
    quickDate_->addItems({tr("Any date"), tr("Today"), tr("Yesterday"), tr("Last 7 days"),
                          tr("Last 30 days"), tr("Date range")});
    auto dateEdit = [this](const QString& name, const QString& tip) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setToolTip(tip);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(kNoDate);
        return edit;
    };
    dateFrom_ = dateEdit(QStringLiteral("dateFrom"), tr("Studies from this date"));
    dateTo_ = dateEdit(QStringLiteral("dateTo"), tr("Studies until this date"));
    modality_ = new QComboBox(this);
    modality_->setObjectName(QStringLiteral("modality"));
    modality_->addItem(tr("Any modality"), QString());
    for (const char* m : {"CT", "MR", "CR", "DX", "MG", "US", "NM", "PT", "XA", "RF", "OT", "SR"})
        modality_->addItem(QString::fromLatin1(m), QString::fromLatin1(m));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(nameSearch_, 3);
    searchRow->addWidget(idSearch_, 2);
    searchRow->addWidget(accessionSearch_, 2);
    searchRow->addWidget(quickDate_);
    searchRow->addWidget(dateFrom_);
    searchRow->addWidget(new QLabel(QStringLiteral("–"), this));
    searchRow->addWidget(dateTo_);
    searchRow->addWidget(modality_);

    table_ = new QTableView(this);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(StudyListModel::Description,
                                                     QHeaderView::Stretch);
    table_->installEventFilter(this);

    total_ = new QLabel(this);
    total_->setObjectName(QStringLiteral("studyTotal"));
    open_ = new QPushButton(tr("&Open"), this);
    delete_ = new QPushButton(tr("&Delete…"), this);
    send_ = new QPushButton(tr("&Send to…"), this);
    sendProgress_ = new QProgressBar(this);
    sendProgress_->setMaximumWidth(200);
    sendProgress_->hide();
    sendCancel_ = new QPushButton(tr("Cancel sending"), this);
    sendCancel_->hide();
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(total_, 1);
    actionRow->addWidget(sendProgress_);
    actionRow->addWidget(sendCancel_);
    actionRow->addWidget(open_);
    actionRow->addWidget(send_);
    actionRow->addWidget(delete_);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(table_, 1);
    leftLayout->addLayout(actionRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    preview_ = new QLabel(tr("No study selected"), right);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setMinimumSize(256, 256);
    preview_->setStyleSheet(QStringLiteral("background: black; color: #bbb;"));
    previewCaption_ = new QLabel(right);
    previewCaption_->setWordWrap(true);
    series_ = new SeriesPanel(cache_.root(), right);
    rightLayout->addWidget(preview_, 2);
    rightLayout->addWidget(previewCaption_);
    rightLayout->addWidget(series_, 3);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 480});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Search as the user types, but not on every keystroke of a fast typist.
    searchDelay_ = new QTimer(this);
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(150);
    connect(searchDelay_, &QTimer::timeout, this, &LocalBrowser::searchNow);
    for (QLineEdit* edit : {nameSearch_, idSearch_, accessionSearch_})
        connect(edit, &QLineEdit::textChanged, this, &LocalBrowser::onSearchEdited);
    connect(modality_, &QComboBox::currentIndexChanged, this, &LocalBrowser::onSearchEdited);
    connect(quickDate_, &QComboBox::activated, this, &LocalBrowser::applyQuickDate);
    for (QDateEdit* edit : {dateFrom_, dateTo_})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (quickDate_->currentIndex() != DateRange && !quickDate_->signalsBlocked())
                quickDate_->setCurrentIndex(DateRange);
            onSearchEdited();
        });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LocalBrowser::showSelection);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LocalBrowser::updateActions);
    connect(series_, &SeriesPanel::seriesSelectionChanged, this, &LocalBrowser::updateActions);
    connect(table_, &QTableView::doubleClicked, this, &LocalBrowser::openCurrent);
    connect(open_, &QPushButton::clicked, this, &LocalBrowser::openCurrent);
    connect(delete_, &QPushButton::clicked, this, &LocalBrowser::confirmAndDelete);
    connect(send_, &QPushButton::clicked, this, &LocalBrowser::chooseNodeAndSend);
    connect(sendCancel_, &QPushButton::clicked, this, &LocalBrowser::cancelSend);
    updateActions();
}

bool LocalBrowser::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        if (key == Qt::Key_Delete) {
            confirmAndDelete();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

StudyFilter LocalBrowser::filter() const {
    StudyFilter f;
    f.patientName = nameSearch_->text();
    f.patientId = idSearch_->text();
    f.accessionNumber = accessionSearch_->text();
    f.dateFrom = dicomDate(dateFrom_);
    f.dateTo = dicomDate(dateTo_);
    f.modality = modality_->currentData().toString();
    return f;
}

void LocalBrowser::onSearchEdited() {
    sinceKeystroke_.start(); // measured from the last keystroke, the one the user waits on
    searchDelay_->start();
}

void LocalBrowser::applyQuickDate(int choice) {
    const QDate today = QDate::currentDate();
    QDate from = kNoDate, to = kNoDate;
    switch (choice) {
    case Today:
        from = to = today;
        break;
    case Yesterday:
        from = to = today.addDays(-1);
        break;
    case Last7Days:
        from = today.addDays(-6);
        to = today;
        break;
    case Last30Days:
        from = today.addDays(-29);
        to = today;
        break;
    case DateRange:
        return; // the user sets the dates
    default:
        break;
    }
    quickDate_->blockSignals(true);
    dateFrom_->setDate(from);
    dateTo_->setDate(to);
    quickDate_->blockSignals(false);
    onSearchEdited();
}

void LocalBrowser::searchNow() {
    keepOnAnswer_ = selectedStudyUid();
    model_->reloadInBackground(filter());
}

QString LocalBrowser::selectedStudyUid() const {
    const QModelIndex current = table_->currentIndex();
    return current.isValid() ? model_->studyUidAt(current.row()) : QString();
}

QStringList LocalBrowser::selectedStudyUids() const {
    QStringList out;
    for (const QModelIndex& row : table_->selectionModel()->selectedRows())
        out << model_->studyUidAt(row.row());
    return out;
}

void LocalBrowser::selectStudyAfterReload(const QString& studyInstanceUid) {
    studyToSelect_ = studyInstanceUid;
}

void LocalBrowser::reload() {
    // Imports and pushes finish while the user reads the list: keep the selection and the
    // study at the top of the view where they are.
    const QString keep = selectedStudyUid().isEmpty() ? studyToSelect_ : selectedStudyUid();
    const bool scrollToKept = selectedStudyUid().isEmpty() && !studyToSelect_.isEmpty();
    const QString anchor = model_->studyUidAt(table_->rowAt(0));
    const QStringList selected = selectedStudyUids();
    if (const QString error = model_->reload(filter(), model_->rowCount()); !error.isEmpty()) {
        emit statusMessage(tr("Search failed: %1").arg(error), 5000);
        return;
    }
    afterModelReset(keep, scrollToKept ? QString() : anchor, scrollToKept);
    if (selected.size() > 1) {
        const QSet<QString> wanted(selected.begin(), selected.end());
        QItemSelection selection;
        for (int r = 0; r < model_->rowCount(); ++r)
            if (wanted.contains(model_->studyUidAt(r)))
                selection.select(model_->index(r, 0),
                                 model_->index(r, StudyListModel::ColumnCount - 1));
        table_->selectionModel()->select(selection, QItemSelectionModel::Select);
    }
    studyToSelect_.clear();
    emit studiesReloaded();
}

void LocalBrowser::afterModelReset(const QString& keep, const QString& anchor, bool scrollToKept) {
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(StudyListModel::Description,
                                                     QHeaderView::Stretch);
    const int row = model_->rowOfStudy(keep);
    if (row >= 0) {
        const QModelIndex index = model_->index(row, 0);
        table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        if (scrollToKept)
            table_->scrollTo(index);
    } else if (model_->rowCount() > 0 && keep.isEmpty()) {
        table_->selectRow(0);
    } else if (row < 0) {
        showSelection();
    }
    if (row < 0 && scrollToKept)
        table_->scrollToTop(); // a new search result starts at its top
    if (const int top = model_->rowOfStudy(anchor); top >= 0 && !scrollToKept)
        table_->scrollTo(model_->index(top, 0), QAbstractItemView::PositionAtTop);
    updateTotal();
    updateActions();
}

void LocalBrowser::updateTotal() {
    const long long total = model_->totalCount();
    total_->setText(total < 0 ? tr("Counting studies…") : tr("Studies found: %1").arg(total));
}

void LocalBrowser::updateActions() {
    const bool studies = !selectedStudyUids().isEmpty();
    const bool series = !series_->selectedSeriesUids().isEmpty();
    open_->setEnabled(!selectedStudyUid().isEmpty());
    delete_->setEnabled((studies || series) && !deletion_.isRunning());
    send_->setEnabled((studies || series) && !sender_->isRunning());
}

void LocalBrowser::showSelection() {
    const QString uid = selectedStudyUid();
    if (uid.isEmpty()) {
        if (!shownStudy_.isEmpty()) {
            shownStudy_.clear();
            series_->showSeries(QString(), {});
            preview_->setPixmap(QPixmap());
            preview_->setText(tr("No study selected"));
            previewCaption_->clear();
        }
        return;
    }
    const int row = table_->currentIndex().row();
    previewCaption_->setText(
        QStringLiteral("<b>%1</b><br>%2 — %3<br>%4")
            .arg(model_->index(row, StudyListModel::PatientName).data().toString().toHtmlEscaped(),
                 model_->index(row, StudyListModel::StudyDate).data().toString().toHtmlEscaped(),
                 model_->index(row, StudyListModel::Description).data().toString().toHtmlEscaped(),
                 uid.toHtmlEscaped()));
    std::vector<SeriesEntry> series =
        CacheContents(cache_.index()).seriesWithMiddleImages(uid.toStdString());
    const std::string firstMiddle = series.empty() ? std::string() : series.front().middleFile;
    shownStudy_ = uid;
    series_->showSeries(uid, std::move(series));
    if (uid == previewStudy_)
        return; // a reload kept the study: its preview is up to date
    previewStudy_ = uid;
    if (firstMiddle.empty()) {
        preview_->setPixmap(QPixmap());
        preview_->setText(tr("No image in this study"));
        return;
    }
    const QString file =
        QString::fromStdU16String(cache_.files().absolute(firstMiddle).u16string());
    const QSize size = preview_->size();
    previewWatcher_.setFuture(
        QtConcurrent::run([file, size] { return renderThumbnail(file, size); }));
}

void LocalBrowser::openCurrent() {
    const QString uid = selectedStudyUid();
    if (!uid.isEmpty())
        emit openStudyRequested(uid);
}

void LocalBrowser::confirmAndDelete() {
    const QStringList series = series_->selectedSeriesUids();
    const QStringList studies = selectedStudyUids();
    // Series picked in the series panel narrow the deletion to those series.
    const bool ofSeries = !series.isEmpty() && series_->studyInstanceUid() == selectedStudyUid() &&
                          studies.size() <= 1;
    if ((ofSeries ? series : studies).isEmpty() || deletion_.isRunning())
        return;
    const QString question =
        ofSeries ? tr("Series to delete: %1.\nDelete them from the local cache?").arg(series.size())
                 : tr("Studies to delete: %1.\nDelete them with all their images from the local "
                      "cache?")
                       .arg(studies.size());
    if (QMessageBox::question(this, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (ofSeries)
        deleteSeries(series);
    else
        deleteStudies(studies);
}

void LocalBrowser::deleteStudies(const QStringList& studyUids) {
    runDeletion(studyUids, false);
}

void LocalBrowser::deleteSeries(const QStringList& seriesUids) {
    runDeletion(seriesUids, true);
}

void LocalBrowser::runDeletion(const QStringList& uids, bool ofSeries) {
    if (deletion_.isRunning())
        return;
    const std::filesystem::path root = cache_.root();
    deletion_.setFuture(QtConcurrent::run([root, ofSeries, uids = toStd(uids)] {
        std::string error;
        auto cache = Cache::open(root, &error);
        RemovalReport report;
        if (!cache || !(ofSeries ? removeSeries(*cache, uids, &report, &error)
                                 : removeStudies(*cache, uids, &report, &error)))
            return tr("Could not delete: %1").arg(QString::fromStdString(error));
        QString message = ofSeries ? tr("Deleted series: %1, images: %2")
                                         .arg(report.seriesInstanceUids.size())
                                         .arg(report.instances)
                                   : tr("Deleted studies: %1, images: %2")
                                         .arg(report.studyInstanceUids.size())
                                         .arg(report.instances);
        if (!report.fileErrors.empty())
            message += QLatin1Char(' ') + tr("(%1 file(s) could not be removed: %2)")
                                              .arg(report.fileErrors.size())
                                              .arg(QString::fromStdString(report.fileErrors[0]));
        return message;
    }));
    updateActions();
}

void LocalBrowser::chooseNodeAndSend() {
    const std::vector<RemoteNode> nodes = NodeDirectory().list();
    if (nodes.empty()) {
        QMessageBox::information(this, tr("Send to…"),
                                 tr("No DICOM node is configured. Add one in the settings."));
        return;
    }
    QStringList names;
    for (const RemoteNode& n : nodes)
        names << QString::fromStdString(NodeDirectory::displayName(n));
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Send to…"), tr("Node:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QStringList series = series_->selectedSeriesUids();
    const QStringList studies = selectedStudyUids();
    const bool ofSeries = !series.isEmpty() && studies.size() <= 1;
    sendTo(nodes[static_cast<std::size_t>(names.indexOf(name))], ofSeries ? QStringList() : studies,
           ofSeries ? series : QStringList());
}

void LocalBrowser::sendTo(const RemoteNode& node, const QStringList& studyUids,
                          const QStringList& seriesUids) {
    if (sender_->isRunning())
        return;
    std::vector<std::filesystem::path> files;
    std::vector<std::string> uids = toStd(studyUids);
    for (std::string& uid : toStd(seriesUids))
        uids.push_back(std::move(uid));
    for (const std::string& f : CacheContents(cache_.index()).filesOf(uids))
        files.push_back(cache_.files().absolute(f));
    if (files.empty()) {
        emit sendFinished(0, 0, tr("Nothing to send."));
        return;
    }
    const QString aet =
        QSettings().value(QStringLiteral("storage/aeTitle"), QStringLiteral("PELLUCID")).toString();
    sendProgress_->setRange(0, static_cast<int>(files.size()));
    sendProgress_->setValue(0);
    sendProgress_->show();
    sendCancel_->show();
    sender_->start(node, aet, std::move(files));
    updateActions();
}

bool LocalBrowser::isSending() const {
    return sender_->isRunning();
}

void LocalBrowser::cancelSend() {
    sender_->cancel();
}

} // namespace pellucid
