#include "app/gui/browser/MediaBrowser.h"

#include "app/gui/browser/StudyListModel.h"
#include "app/gui/jobs/BackgroundImport.h"
#include "core/dicom/DicomDateTime.h"
#include "core/dicom/PersonName.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pellucid {
namespace {

constexpr int kStudyRole = Qt::UserRole + 1; // index of the study in studyPointers order

QString text(const std::string& s) {
    return QString::fromStdString(s).trimmed();
}

// A DICOMDIR in `folder` in any letter case, as media written elsewhere may have it.
std::filesystem::path dicomdirIn(const std::filesystem::path& folder) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec) && hasDicomdirName(entry.path()))
            return entry.path();
    return folder / "DICOMDIR";
}

std::vector<const DicomdirStudy*> studyPointers(const Dicomdir& d) {
    std::vector<const DicomdirStudy*> out;
    for (const DicomdirPatient& p : d.patients)
        for (const DicomdirStudy& s : p.studies)
            out.push_back(&s);
    return out;
}

} // namespace

MediaBrowser::MediaBrowser(std::filesystem::path cacheRoot, QWidget* parent)
    : QWidget(parent) {
    import_ = new BackgroundImport(std::move(cacheRoot), this);
    auto* open = new QPushButton(tr("Open &DICOMDIR…"), this);
    location_ = new QLabel(tr("No media opened"), this);
    location_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("mediaTree"));
    tree_->setColumnCount(4);
    tree_->setHeaderLabels(
        {tr("Patient / study / series"), tr("Date"), tr("Modality"), tr("Images")});
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setStretchLastSection(false);
    importAll_ = new QPushButton(tr("Import &all"), this);
    importSelected_ = new QPushButton(tr("Import &selected"), this);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->hide();
    progress_ = new QProgressBar(this);
    progress_->hide();
    status_ = new QLabel(this);

    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(location_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(status_, 1);
    bottom->addWidget(progress_);
    bottom->addWidget(cancel_);
    bottom->addWidget(importSelected_);
    bottom->addWidget(importAll_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tree_, 1);
    layout->addLayout(bottom);

    connect(open, &QPushButton::clicked, this, &MediaBrowser::chooseDicomdir);
    connect(importAll_, &QPushButton::clicked, this, &MediaBrowser::importAll);
    connect(importSelected_, &QPushButton::clicked, this, &MediaBrowser::importSelected);
    connect(cancel_, &QPushButton::clicked, import_, &BackgroundImport::cancel);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &MediaBrowser::updateActions);
    connect(&reading_, &QFutureWatcher<ReadResult>::finished, this,
            [this] { show(reading_.result()); });
    connect(import_, &BackgroundImport::progressed, this,
            [this](const QString& message, int done, int total) {
                progress_->setRange(0, total);
                progress_->setValue(done);
                status_->setText(message);
            });
    connect(import_, &BackgroundImport::finished, this,
            [this](const ImportReport& report, const QString& failure) {
                progress_->hide();
                cancel_->hide();
                status_->setText(!failure.isEmpty()
                                     ? tr("Import failed: %1").arg(failure)
                                     : tr("Imported %1, duplicates %2, rejected %3%4")
                                           .arg(report.imported)
                                           .arg(report.duplicates)
                                           .arg(report.problems.size())
                                           .arg(report.cancelled ? tr(" (cancelled)") : QString()));
                updateActions();
                emit importFinished(report, failure);
            });
    updateActions();
}

MediaBrowser::~MediaBrowser() {
    reading_.waitForFinished();
}

void MediaBrowser::chooseDicomdir() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a DICOMDIR"), QString(), tr("DICOMDIR (DICOMDIR dicomdir);;All files (*)"));
    if (!file.isEmpty())
        openDicomdir(file);
}

void MediaBrowser::openDicomdir(const QString& fileOrFolder) {
    if (reading_.isRunning())
        return;
    std::filesystem::path path(fileOrFolder.toStdU16String());
    if (QFileInfo(fileOrFolder).isDir())
        path = dicomdirIn(path);
    location_->setText(QString::fromStdU16String(path.u16string()));
    status_->setText(tr("Reading the DICOMDIR…"));
    tree_->clear();
    dicomdir_.reset();
    updateActions();
    reading_.setFuture(QtConcurrent::run([path] { return readDicomdir(path); }));
}

void MediaBrowser::show(const ReadResult& result) {
    tree_->clear();
    if (const auto* problem = std::get_if<ImportProblem>(&result)) {
        const QString why = describe(*problem);
        status_->setText(tr("Cannot read the DICOMDIR: %1").arg(why));
        updateActions();
        emit dicomdirShown(why.isEmpty() ? tr("unreadable") : why);
        return;
    }
    dicomdir_ = std::make_shared<Dicomdir>(std::get<Dicomdir>(result));
    int studyIndex = 0, images = 0, missing = 0;
    for (const DicomdirPatient& p : dicomdir_->patients) {
        auto* patient = new QTreeWidgetItem(tree_);
        const QString id = text(p.patientId);
        patient->setText(0, text(displayPersonName(p.patientName)) +
                                (id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(id)));
        patient->setText(1, text(displayDate(p.patientBirthDate)));
        for (const DicomdirStudy& s : p.studies) {
            auto* study = new QTreeWidgetItem(patient);
            study->setData(0, kStudyRole, studyIndex++);
            const QString description = text(s.studyDescription);
            study->setText(0, description.isEmpty() ? tr("Study %1").arg(text(s.studyId))
                                                    : description);
            study->setText(1, text(displayDate(s.studyDate)));
            int studyImages = 0;
            QStringList modalities;
            for (const DicomdirSeries& se : s.series) {
                auto* series = new QTreeWidgetItem(study);
                series->setText(
                    0, tr("Series %1 %2")
                           .arg(se.seriesNumber ? QString::number(*se.seriesNumber) : QString(),
                                text(se.seriesDescription))
                           .trimmed());
                series->setText(2, text(se.modality));
                series->setText(3, QString::number(se.files.size()));
                series->setFlags(series->flags() & ~Qt::ItemIsSelectable);
                studyImages += static_cast<int>(se.files.size());
                for (const DicomdirFile& f : se.files)
                    missing += f.resolved.empty() ? 1 : 0;
                if (!modalities.contains(text(se.modality)))
                    modalities << text(se.modality);
            }
            study->setText(2, modalities.join(QLatin1Char('/')));
            study->setText(3, QString::number(studyImages));
            images += studyImages;
        }
        patient->setExpanded(true);
    }
    status_->setText(tr("Patients: %1, studies: %2, images: %3")
                         .arg(dicomdir_->patients.size())
                         .arg(studyIndex)
                         .arg(images) +
                     (missing
                          ? QLatin1Char(' ') + tr("(%1 referenced file(s) missing)").arg(missing)
                          : QString()));
    updateActions();
    emit dicomdirShown(QString());
}

void MediaBrowser::importAll() {
    if (dicomdir_)
        importStudies(studyPointers(*dicomdir_));
}

void MediaBrowser::importSelected() {
    if (!dicomdir_)
        return;
    const auto all = studyPointers(*dicomdir_);
    std::vector<const DicomdirStudy*> chosen;
    for (QTreeWidgetItem* item : tree_->selectedItems()) {
        if (item->parent() == nullptr) { // a patient: all of its studies
            for (int c = 0; c < item->childCount(); ++c)
                chosen.push_back(all[item->child(c)->data(0, kStudyRole).toUInt()]);
        } else if (item->data(0, kStudyRole).isValid()) {
            chosen.push_back(all[item->data(0, kStudyRole).toUInt()]);
        }
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    importStudies(chosen);
}

void MediaBrowser::importStudies(const std::vector<const DicomdirStudy*>& studies) {
    if (import_->isRunning() || studies.empty())
        return;
    QStringList files;
    for (const DicomdirStudy* s : studies)
        for (const DicomdirSeries& se : s->series)
            for (const DicomdirFile& f : se.files)
                if (!f.resolved.empty())
                    files << QString::fromStdU16String(f.resolved.u16string());
    if (files.isEmpty()) {
        status_->setText(tr("The selected studies have no files on the media."));
        return;
    }
    progress_->setRange(0, files.size());
    progress_->setValue(0);
    progress_->show();
    cancel_->show();
    import_->importPaths(files);
    updateActions();
}

bool MediaBrowser::isImporting() const {
    return import_->isRunning();
}

void MediaBrowser::updateActions() {
    const bool idle = !import_->isRunning();
    importAll_->setEnabled(idle && dicomdir_ && !dicomdir_->patients.empty());
    importSelected_->setEnabled(idle && dicomdir_ && !tree_->selectedItems().isEmpty());
}

} // namespace pellucid
