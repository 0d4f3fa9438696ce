#include "app/gui/pacs/PacsBrowser.h"

#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/RetrieveJobs.h"
#include "app/gui/jobs/StorageService.h"
#include "app/gui/pacs/RemoteQuery.h"
#include "app/gui/pacs/TransferQueueView.h"
#include "app/gui/settings/AppSettings.h"
#include "core/dicom/DicomDateTime.h"
#include "core/dicom/PersonName.h"
#include "net/common/NodeDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace pellucid {
namespace {

void addKey(FindRequest& request, const QString& keyword, const QString& value) {
    std::string ignored;
    if (auto key = parseQueryKey((keyword + QLatin1Char('=') + value).toStdString(), &ignored))
        request.keys.push_back(*key);
}

QString valueOf(const FindMatch& match, const char* keyword) {
    return QString::fromStdString(match.value(keyword));
}

QTableWidgetItem* textItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidget* newResultTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    return table;
}

std::vector<int> selectedRows(const QTableWidget& table) {
    std::set<int> rows;
    for (const QModelIndex& index : table.selectionModel()->selectedRows())
        rows.insert(index.row());
    return {rows.begin(), rows.end()};
}

} // namespace

PacsBrowser::PacsBrowser(std::filesystem::path cacheRoot, QString settingsFile, QWidget* parent)
    : QWidget(parent)
    , cacheRoot_(std::move(cacheRoot))
    , settingsFile_(std::move(settingsFile)) {
    studyQuery_ = new RemoteQuery(this);
    seriesQuery_ = new RemoteQuery(this);
    jobs_ = new RetrieveJobs(cacheRoot_, this);
    buildUi();
    reloadNodes();

    connect(studyQuery_, &RemoteQuery::matchesArrived, this, &PacsBrowser::addStudyMatches);
    connect(studyQuery_, &RemoteQuery::finished, this, &PacsBrowser::onStudySearchFinished);
    connect(seriesQuery_, &RemoteQuery::matchesArrived, this, &PacsBrowser::addSeriesMatches);
    connect(seriesQuery_, &RemoteQuery::finished, this, [this](const FindResult& result) {
        if (!result.ok)
            showStatus(tr("The series query failed: %1").arg(QString::fromStdString(result.error)),
                       true);
    });
    connect(jobs_, &RetrieveJobs::jobFinished, this, [this](const TransferJob& job) {
        // Only signals here: the main window reloads its list once, nothing per image.
        const RetrieveJobStatus& s = job.status;
        if (s.state == RetrieveJobState::Done || s.result.counts.completed > 0)
            emit studyRetrieved(job.studyInstanceUid);
        if (s.state == RetrieveJobState::Done && job.openWhenDone)
            emit studyReadyToOpen(job.studyInstanceUid);
        if (s.state == RetrieveJobState::Failed)
            showStatus(tr("Retrieve of %1 failed: %2")
                           .arg(job.description, QString::fromStdString(s.result.error)),
                       true);
    });
}

PacsBrowser::~PacsBrowser() = default;

void PacsBrowser::attachStorageService(const StorageService* service) {
    storage_ = service;
}

void PacsBrowser::buildUi() {
    auto* layout = new QVBoxLayout(this);

    auto* nodeRow = new QHBoxLayout;
    node_ = new QComboBox;
    node_->setObjectName(QStringLiteral("node"));
    node_->setMinimumContentsLength(24);
    editNodes_ = new QPushButton(tr("Nodes…"));
    editNodes_->setObjectName(QStringLiteral("editNodes"));
    nodeRow->addWidget(new QLabel(tr("Node:")));
    nodeRow->addWidget(node_, 1);
    nodeRow->addWidget(editNodes_);
    layout->addLayout(nodeRow);
    connect(editNodes_, &QPushButton::clicked, this, &PacsBrowser::nodeSettingsRequested);

    auto* fields = new QHBoxLayout;
    auto line = [&](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &PacsBrowser::search);
        return edit;
    };
    patientName_ = line("patientName", tr("Patient name (wildcards * ?)"));
    patientId_ = line("patientId", tr("Patient ID"));
    accession_ = line("accession", tr("Accession number"));
    fields->addWidget(patientName_, 2);
    fields->addWidget(patientId_, 1);
    fields->addWidget(accession_, 1);
    layout->addLayout(fields);

    auto* filters = new QHBoxLayout;
    auto dateEdit = [](const char* name) {
        auto* edit = new QDateEdit(QDate::currentDate());
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        return edit;
    };
    useFrom_ = new QCheckBox(tr("From"));
    useFrom_->setObjectName(QStringLiteral("useFrom"));
    from_ = dateEdit("from");
    useTo_ = new QCheckBox(tr("To"));
    useTo_->setObjectName(QStringLiteral("useTo"));
    to_ = dateEdit("to");
    connect(useFrom_, &QCheckBox::toggled, from_, &QWidget::setEnabled);
    connect(useTo_, &QCheckBox::toggled, to_, &QWidget::setEnabled);
    modality_ = new QComboBox;
    modality_->setObjectName(QStringLiteral("modality"));
    modality_->setEditable(true);
    modality_->addItems({QString(), QStringLiteral("CT"), QStringLiteral("MR"),
                         QStringLiteral("CR"), QStringLiteral("DX"), QStringLiteral("US"),
                         QStringLiteral("MG"), QStringLiteral("NM"), QStringLiteral("PT"),
                         QStringLiteral("XA"), QStringLiteral("RF"), QStringLiteral("SR"),
                         QStringLiteral("OT")});
    modality_->setToolTip(tr("Modality in study"));
    modality_->setMinimumContentsLength(4);
    search_ = new QPushButton(tr("Search"));
    search_->setObjectName(QStringLiteral("search"));
    search_->setDefault(true);
    stop_ = new QPushButton(tr("Stop"));
    stop_->setEnabled(false);
    filters->addWidget(useFrom_);
    filters->addWidget(from_);
    filters->addWidget(useTo_);
    filters->addWidget(to_);
    filters->addWidget(new QLabel(tr("Modality:")));
    filters->addWidget(modality_);
    filters->addStretch(1);
    filters->addWidget(search_);
    filters->addWidget(stop_);
    layout->addLayout(filters);
    connect(search_, &QPushButton::clicked, this, &PacsBrowser::search);
    connect(stop_, &QPushButton::clicked, this, &PacsBrowser::stopSearch);

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("status"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);

    studies_ = newResultTable({tr("Patient Name"), tr("Patient ID"), tr("Birth Date"),
                               tr("Study Date"), tr("Modalities"), tr("Description"),
                               tr("Accession"), tr("Series"), tr("Images")});
    studies_->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    series_ = newResultTable({tr("Number"), tr("Modality"), tr("Description"), tr("Images")});
    series_->horizontalHeader()->setSectionResizeMode(SeriesDescription, QHeaderView::Stretch);
    connect(studies_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PacsBrowser::showSeriesOfCurrentStudy);
    connect(studies_, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { retrieveStudyRows({row}, true); });

    auto* seriesPane = new QWidget;
    auto* seriesLayout = new QVBoxLayout(seriesPane);
    seriesLayout->setContentsMargins(0, 0, 0, 0);
    seriesLayout->addWidget(series_);
    auto* buttons = new QHBoxLayout;
    retrieveStudies_ = new QPushButton(tr("Retrieve Study"));
    retrieveSeries_ = new QPushButton(tr("Retrieve Series"));
    buttons->addWidget(retrieveStudies_);
    buttons->addWidget(retrieveSeries_);
    seriesLayout->addLayout(buttons);
    connect(retrieveStudies_, &QPushButton::clicked, this, &PacsBrowser::retrieveSelectedStudies);
    connect(retrieveSeries_, &QPushButton::clicked, this, &PacsBrowser::retrieveSelectedSeries);

    auto* results = new QSplitter(Qt::Horizontal);
    results->addWidget(studies_);
    results->addWidget(seriesPane);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);

    transfers_ = new TransferQueueView(*jobs_);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(results);
    vertical->addWidget(transfers_);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
}

void PacsBrowser::reloadNodes() {
    const QString current = node_->currentText();
    nodes_ = NodeDirectory(settingsFile_).list();
    node_->clear();
    for (const RemoteNode& n : nodes_)
        node_->addItem(QString::fromStdString(NodeDirectory::displayName(n)),
                       QString::fromStdString(formatRemoteNode(n)));
    if (const int i = node_->findText(current); i >= 0)
        node_->setCurrentIndex(i);
    const bool any = !nodes_.empty();
    search_->setEnabled(any);
    editNodes_->setText(any ? tr("Nodes…") : tr("Add a Node…"));
    if (!any)
        showStatus(tr("No DICOM node is configured yet: add your PACS with \"Add a Node…\"."));
    else if (status_->text().startsWith(tr("No DICOM node")))
        showStatus({});
}

bool PacsBrowser::selectNode(const QString& name) {
    const int i = node_->findText(name);
    if (i < 0)
        return false;
    node_->setCurrentIndex(i);
    return true;
}

QString PacsBrowser::statusText() const {
    return status_->text();
}

bool PacsBrowser::isSearching() const {
    return studyQuery_->isRunning();
}

void PacsBrowser::showStatus(const QString& text, bool isError) {
    status_->setText(text);
    status_->setStyleSheet(isError ? QStringLiteral("color: #c0392b;") : QString());
}

FindRequest PacsBrowser::studyRequest() const {
    FindRequest request;
    request.model = QueryModel::StudyRoot;
    request.level = QueryLevel::Study;
    request.limit = studyLimit_;
    request.callingAeTitle = readLocalNode(*openAppSettings(settingsFile_)).aeTitle.toStdString();
    for (const char* keyword :
         {"PatientBirthDate", "ModalitiesInStudy", "StudyDescription", "AccessionNumber",
          "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances", "StudyInstanceUID"})
        addKey(request, QLatin1String(keyword), {});
    if (const QString name = searchPattern(patientName_->text()); !name.isEmpty())
        addKey(request, QStringLiteral("PatientName"), name);
    if (const QString id = patientId_->text().trimmed(); !id.isEmpty())
        addKey(request, QStringLiteral("PatientID"), id);
    if (const QString accession = accession_->text().trimmed(); !accession.isEmpty())
        addKey(request, QStringLiteral("AccessionNumber"), accession);
    const QString from =
        useFrom_->isChecked() ? from_->date().toString(QStringLiteral("yyyyMMdd")) : QString();
    const QString to =
        useTo_->isChecked() ? to_->date().toString(QStringLiteral("yyyyMMdd")) : QString();
    if (!from.isEmpty() || !to.isEmpty())
        addKey(request, QStringLiteral("StudyDate"),
               from == to ? from : from + QLatin1Char('-') + to);
    if (const QString modality = modality_->currentText().trimmed().toUpper(); !modality.isEmpty())
        addKey(request, QStringLiteral("ModalitiesInStudy"), modality);
    return request;
}

void PacsBrowser::search() {
    const int index = node_->currentIndex();
    if (index < 0 || index >= static_cast<int>(nodes_.size())) {
        showStatus(tr("Choose a DICOM node first."), true);
        return;
    }
    queriedNode_ = nodes_[static_cast<std::size_t>(index)];
    seriesQuery_->cancel();
    seriesOfStudy_.clear();
    series_->setRowCount(0);
    studies_->setRowCount(0);
    studies_->setSortingEnabled(false);
    search_->setEnabled(false);
    stop_->setEnabled(true);
    showStatus(tr("Searching %1…").arg(node_->currentText()));
    studyQuery_->start(*queriedNode_, studyRequest());
}

void PacsBrowser::stopSearch() {
    studyQuery_->cancel();
}

void PacsBrowser::addStudyMatches(const std::vector<FindMatch>& batch) {
    studies_->setUpdatesEnabled(false);
    for (const FindMatch& m : batch) {
        if (static_cast<std::size_t>(studies_->rowCount()) >= studyLimit_)
            break;
        const int row = studies_->rowCount();
        studies_->insertRow(row);
        auto* name = textItem(
            QString::fromStdString(displayPersonName(valueOf(m, "PatientName").toStdString())));
        name->setData(UidRole, valueOf(m, "StudyInstanceUID"));
        studies_->setItem(row, PatientName, name);
        studies_->setItem(row, PatientId, textItem(valueOf(m, "PatientID")));
        studies_->setItem(row, BirthDate,
                          textItem(QString::fromStdString(
                              displayDate(valueOf(m, "PatientBirthDate").toStdString()))));
        studies_->setItem(
            row, StudyDate,
            textItem(QString::fromStdString(displayDate(valueOf(m, "StudyDate").toStdString()))));
        studies_->setItem(
            row, Modalities,
            textItem(valueOf(m, "ModalitiesInStudy").replace('\\', QStringLiteral(", "))));
        studies_->setItem(row, Description, textItem(valueOf(m, "StudyDescription")));
        studies_->setItem(row, Accession, textItem(valueOf(m, "AccessionNumber")));
        studies_->setItem(row, Series, textItem(valueOf(m, "NumberOfStudyRelatedSeries")));
        studies_->setItem(row, Images, textItem(valueOf(m, "NumberOfStudyRelatedInstances")));
    }
    studies_->setUpdatesEnabled(true);
    showStatus(tr("Searching %1… studies so far: %n", nullptr, studies_->rowCount())
                   .arg(node_->currentText()));
}

void PacsBrowser::onStudySearchFinished(const FindResult& result) {
    search_->setEnabled(!nodes_.empty());
    stop_->setEnabled(false);
    const int count = studies_->rowCount();
    if (result.limitReached)
        showStatus(tr("The first %n studies are shown; the node has more. Narrow the search.",
                      nullptr, count));
    else if (!result.ok)
        showStatus(tr("The search failed: %1").arg(QString::fromStdString(result.error)), true);
    else if (result.cancelled)
        showStatus(tr("Search stopped; studies shown: %n", nullptr, count));
    else
        showStatus(tr("Studies found: %n", nullptr, count));
    studies_->resizeColumnsToContents();
    studies_->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    emit searchFinished();
}

void PacsBrowser::showSeriesOfCurrentStudy() {
    const int row = studies_->currentRow();
    if (row < 0 || !queriedNode_)
        return;
    const QString uid = studies_->item(row, PatientName)->data(UidRole).toString();
    if (uid == seriesOfStudy_)
        return;
    seriesOfStudy_ = uid;
    series_->setRowCount(0);
    FindRequest request;
    request.level = QueryLevel::Series;
    request.callingAeTitle = readLocalNode(*openAppSettings(settingsFile_)).aeTitle.toStdString();
    addKey(request, QStringLiteral("StudyInstanceUID"), uid);
    for (const char* keyword : {"SeriesInstanceUID", "SeriesNumber", "Modality",
                                "SeriesDescription", "NumberOfSeriesRelatedInstances"})
        addKey(request, QLatin1String(keyword), {});
    seriesQuery_->start(*queriedNode_, request);
}

void PacsBrowser::addSeriesMatches(const std::vector<FindMatch>& batch) {
    for (const FindMatch& m : batch) {
        const int row = series_->rowCount();
        series_->insertRow(row);
        auto* number = textItem(valueOf(m, "SeriesNumber"));
        number->setData(UidRole, valueOf(m, "SeriesInstanceUID"));
        series_->setItem(row, SeriesNumber, number);
        series_->setItem(row, SeriesModality, textItem(valueOf(m, "Modality")));
        series_->setItem(row, SeriesDescription, textItem(valueOf(m, "SeriesDescription")));
        series_->setItem(row, SeriesImages, textItem(valueOf(m, "NumberOfSeriesRelatedInstances")));
    }
}

std::optional<RetrieveRequest> PacsBrowser::requestFor(const RemoteNode& node,
                                                       QString* error) const {
    const LocalNodeSettings local = readLocalNode(*openAppSettings(settingsFile_));
    if (!isValidAeTitle(local.aeTitle.toStdString())) {
        *error = tr("Our AE title \"%1\" is not valid: correct it in Settings > Local node.")
                     .arg(local.aeTitle);
        return std::nullopt;
    }
    if (node.retrieveMethod == RetrieveMethod::Move && (!storage_ || !storage_->isRunning())) {
        *error = tr("%1 sends studies by C-MOVE to our storage service (%2, port %3), which is "
                    "not running. Turn it on in Settings > Local node, or retrieve from this "
                    "node by C-GET.")
                     .arg(QString::fromStdString(NodeDirectory::displayName(node)), local.aeTitle)
                     .arg(local.port);
        return std::nullopt;
    }
    RetrieveRequest request;
    request.callingAeTitle = local.aeTitle.toStdString();
    return request;
}

void PacsBrowser::retrieveSelectedStudies() {
    retrieveStudyRows(selectedRows(*studies_), false);
}

void PacsBrowser::retrieveStudyRows(const std::vector<int>& rows, bool openWhenDone) {
    if (!queriedNode_ || rows.empty())
        return;
    QString error;
    auto base = requestFor(*queriedNode_, &error);
    if (!base) {
        showStatus(error, true);
        return;
    }
    for (const int row : rows) {
        RetrieveRequest request = *base;
        request.studyInstanceUid =
            studies_->item(row, PatientName)->data(UidRole).toString().toStdString();
        const QString what = studies_->item(row, PatientName)->text() + QStringLiteral(" — ") +
                             studies_->item(row, StudyDate)->text() + QLatin1Char(' ') +
                             studies_->item(row, Description)->text();
        if (const QString problem =
                jobs_->enqueue(*queriedNode_, request, what.trimmed(), openWhenDone);
            !problem.isEmpty())
            showStatus(tr("Cannot retrieve %1: %2").arg(what, problem), true);
    }
}

void PacsBrowser::retrieveSelectedSeries() {
    const std::vector<int> rows = selectedRows(*series_);
    if (!queriedNode_ || rows.empty() || seriesOfStudy_.isEmpty())
        return;
    QString error;
    auto base = requestFor(*queriedNode_, &error);
    if (!base) {
        showStatus(error, true);
        return;
    }
    const int studyRow = studies_->currentRow();
    const QString patient =
        studyRow >= 0 ? studies_->item(studyRow, PatientName)->text() : QString();
    for (const int row : rows) {
        RetrieveRequest request = *base;
        request.studyInstanceUid = seriesOfStudy_.toStdString();
        request.seriesInstanceUid =
            series_->item(row, SeriesNumber)->data(UidRole).toString().toStdString();
        const QString what = tr("%1 — series %2 %3")
                                 .arg(patient, series_->item(row, SeriesNumber)->text(),
                                      series_->item(row, SeriesDescription)->text());
        if (const QString problem = jobs_->enqueue(*queriedNode_, request, what.trimmed());
            !problem.isEmpty())
            showStatus(tr("Cannot retrieve %1: %2").arg(what, problem), true);
    }
}

} // namespace pellucid
