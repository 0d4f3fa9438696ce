#include "app/gui/viewer/SeriesStrip.h"

#include "render/Thumbnail.h"

#include <QMimeData>
#include <QtConcurrent>

namespace pellucid {

namespace {
constexpr int thumbnailSize = 112;
}

SeriesStrip::SeriesStrip(QWidget* parent)
    : QListWidget(parent) {
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(thumbnailSize, thumbnailSize));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(4);
    setFixedWidth(thumbnailSize + 40);
    setStyleSheet(QStringLiteral("QListWidget { background: #202020; color: #ddd; }"));
    thumbnails_ = new QFutureWatcher<QImage>(this);
    connect(thumbnails_, &QFutureWatcher<QImage>::resultReadyAt, this, [this](int index) {
        if (index < count() && !thumbnails_->resultAt(index).isNull())
            item(index)->setIcon(QIcon(QPixmap::fromImage(thumbnails_->resultAt(index))));
    });
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        emit seriesActivated(item->data(Qt::UserRole).toString());
    });
}

SeriesStrip::~SeriesStrip() {
    thumbnails_->cancel();
    thumbnails_->waitForFinished();
}

void SeriesStrip::setSeries(const std::vector<Entry>& entries) {
    thumbnails_->cancel();
    thumbnails_->waitForFinished();
    clear();
    entries_ = entries;
    for (const Entry& e : entries_) {
        auto* item = new QListWidgetItem(e.caption, this);
        item->setData(Qt::UserRole, e.seriesInstanceUid);
        item->setToolTip(e.caption);
        item->setSizeHint(QSize(thumbnailSize + 24, thumbnailSize + 44));
    }
    std::vector<std::filesystem::path> files;
    for (const Entry& e : entries_)
        files.push_back(e.thumbnailFile);
    thumbnails_->setFuture(QtConcurrent::mapped(files, [](const std::filesystem::path& file) {
        return renderThumbnail(QString::fromStdU16String(file.u16string()),
                               QSize(thumbnailSize, thumbnailSize));
    }));
}

QString SeriesStrip::seriesAt(int row) const {
    return row >= 0 && row < count() ? item(row)->data(Qt::UserRole).toString() : QString();
}

QStringList SeriesStrip::mimeTypes() const {
    return {QString::fromLatin1(mimeType)};
}

QMimeData* SeriesStrip::mimeData(const QList<QListWidgetItem*>& items) const {
    auto* data = new QMimeData;
    if (!items.isEmpty())
        data->setData(QString::fromLatin1(mimeType),
                      items.front()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace pellucid
