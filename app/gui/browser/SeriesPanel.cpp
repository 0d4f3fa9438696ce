#include "app/gui/browser/SeriesPanel.h"

#include "render/Thumbnail.h"

#include <QPainter>

#include <QHeaderView>
#include <QMutex>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pellucid {
namespace {

// Written by the GUI thread, read by workers: which study is still wanted.
QMutex currentLock;

constexpr int kMaxThumbnails = 2000; // a few MB of 96x96 images

} // namespace

SeriesPanel::SeriesPanel(std::filesystem::path cacheRoot, QWidget* parent)
    : QWidget(parent)
    , cacheRoot_(std::move(cacheRoot))
    , current_(std::make_shared<QString>()) {
    pool_.setMaxThreadCount(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    tree_ = new QTreeWidget;
    tree_->setObjectName(QStringLiteral("seriesTree"));
    tree_->setColumnCount(ColumnCount);
    tree_->setHeaderLabels({tr("Series"), tr("Modality"), tr("Description"), tr("Images")});
    tree_->setRootIsDecorated(false);
    tree_->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->header()->setSectionResizeMode(Description, QHeaderView::Stretch);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(Number, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(Modality, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(Images, QHeaderView::ResizeToContents);
    layout->addWidget(tree_);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &SeriesPanel::seriesSelectionChanged);
}

SeriesPanel::~SeriesPanel() {
    {
        QMutexLocker lock(&currentLock);
        current_->clear();
    }
    pool_.clear();
    pool_.waitForDone();
}

QPixmap SeriesPanel::objectBadge(const QString& text) const {
    QPixmap badge(kThumbnailSize, kThumbnailSize);
    badge.fill(QColor(40, 48, 60));
    QPainter painter(&badge);
    painter.setPen(QColor(160, 220, 255));
    QFont font = painter.font();
    font.setPixelSize(kThumbnailSize / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.drawRect(badge.rect().adjusted(4, 4, -5, -5));
    painter.drawText(badge.rect(), Qt::AlignCenter, text);
    return badge;
}

void SeriesPanel::showSeries(const QString& studyInstanceUid, std::vector<SeriesEntry> series) {
    study_ = studyInstanceUid;
    {
        QMutexLocker lock(&currentLock);
        *current_ = studyInstanceUid;
    }
    pool_.clear(); // renders queued for an earlier study
    tree_->clear();
    pending_ = 0;
    QPixmap placeholder(kThumbnailSize, kThumbnailSize);
    placeholder.fill(Qt::black);
    std::vector<std::pair<QString, QString>> toRender; // series UID, file
    for (const SeriesEntry& s : series) {
        auto* item = new QTreeWidgetItem(tree_);
        const QString uid = QString::fromStdString(s.seriesInstanceUid);
        item->setData(Number, SeriesUidRole, uid);
        item->setText(Number, s.number ? QString::number(*s.number) : QString());
        item->setText(Modality, QString::fromStdString(s.modality));
        item->setText(Description, QString::fromStdString(s.description).trimmed());
        item->setText(Images, QString::number(s.images));
        item->setTextAlignment(Images, Qt::AlignRight | Qt::AlignVCenter);
        if (s.modality == "PR") {
            // Presentation states have no pixels: a badge says what they are; the viewer applies
            // them to the images they reference.
            item->setIcon(Number, objectBadge(tr("GSPS")));
            item->setToolTip(Description, tr("Presentation states, applied by the viewer to the "
                                             "images they reference"));
            continue;
        }
        if (s.modality == "SR" || s.modality == "KO" || s.modality == "DOC") {
            // Reports, key-object notes and documents: no pixels to render either.
            item->setIcon(Number, objectBadge(s.modality == "SR"   ? tr("SR")
                                              : s.modality == "KO" ? tr("KEY")
                                                                   : tr("DOC")));
            item->setToolTip(Description, s.modality == "SR"   ? tr("Structured reports")
                                          : s.modality == "KO" ? tr("Key object selections")
                                                               : tr("Documents"));
            continue;
        }
        if (auto cached = thumbnails_.constFind(uid); cached != thumbnails_.constEnd()) {
            if (!cached->isNull())
                item->setIcon(Number, QPixmap::fromImage(*cached));
            continue;
        }
        item->setIcon(Number, placeholder);
        if (!s.middleFile.empty())
            toRender.emplace_back(
                uid, QString::fromStdU16String((cacheRoot_ / s.middleFile).u16string()));
    }
    if (toRender.empty()) {
        emit thumbnailsShown(study_);
        return;
    }
    pending_ = static_cast<int>(toRender.size());
    QPointer<SeriesPanel> self(this);
    const std::shared_ptr<QString> current = current_;
    for (const auto& [seriesUid, file] : toRender) {
        pool_.start([self, current, study = study_, seriesUid, file] {
            {
                QMutexLocker lock(&currentLock);
                if (*current != study)
                    return;
            }
            const QImage image = renderThumbnail(file, QSize(kThumbnailSize, kThumbnailSize));
            QMetaObject::invokeMethod(
                self.data(),
                [self, study, seriesUid, image] {
                    if (self)
                        self->showThumbnail(study, seriesUid, image);
                },
                Qt::QueuedConnection);
        });
    }
}

void SeriesPanel::showThumbnail(const QString& study, const QString& series, const QImage& image) {
    if (thumbnails_.size() >= kMaxThumbnails)
        thumbnails_.clear();
    thumbnails_.insert(series, image);
    if (study != study_)
        return; // the user moved on; the image stays in memory for when they come back
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (item->data(Number, SeriesUidRole).toString() == series) {
            if (image.isNull())
                item->setIcon(Number, QIcon());
            else
                item->setIcon(Number, QPixmap::fromImage(image));
        }
    }
    if (--pending_ == 0)
        emit thumbnailsShown(study_);
}

QStringList SeriesPanel::selectedSeriesUids() const {
    QStringList out;
    for (QTreeWidgetItem* item : tree_->selectedItems())
        out << item->data(Number, SeriesUidRole).toString();
    return out;
}

QImage SeriesPanel::thumbnailOf(const QString& seriesInstanceUid) const {
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (item->data(Number, SeriesUidRole).toString() == seriesInstanceUid &&
            thumbnails_.contains(seriesInstanceUid))
            return thumbnails_.value(seriesInstanceUid);
    }
    return {};
}

} // namespace pellucid
