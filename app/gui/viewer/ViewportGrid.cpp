#include "app/gui/viewer/ViewportGrid.h"

#include "app/gui/viewer/SeriesStrip.h"
#include "render/SliceViewport.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QMimeData>

#include <algorithm>

namespace pellucid {

ViewportGrid::ViewportGrid(QWidget* parent)
    : QWidget(parent)
    , cells_(std::size_t(maxRows * maxColumns), nullptr) {
    layout_ = new QGridLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(2);
    setStyleSheet(QStringLiteral("background: #101010;"));
    setGrid(1, 1);
}

void ViewportGrid::setGrid(int rows, int columns) {
    rows = std::clamp(rows, 1, maxRows);
    columns = std::clamp(columns, 1, maxColumns);
    for (SliceViewport* cell : cells_)
        if (cell) {
            layout_->removeWidget(cell);
            cell->hide();
        }
    for (int r = 0; r < maxRows; ++r) {
        layout_->setRowStretch(r, r < rows ? 1 : 0);
        layout_->setColumnStretch(r, r < columns ? 1 : 0);
    }
    rows_ = rows;
    columns_ = columns;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            SliceViewport*& cell = cells_[std::size_t(r * maxColumns + c)];
            if (!cell) {
                cell = new SliceViewport(this);
                cell->setAcceptDrops(true);
                cell->installEventFilter(this);
                connect(cell, &SliceViewport::activated, this, [this, cell] { setActive(cell); });
                emit viewportCreated(cell);
            }
            layout_->addWidget(cell, r, c);
            cell->show();
        }
    const auto visible = viewports();
    if (!active_ || std::find(visible.begin(), visible.end(), active_) == visible.end())
        setActive(visible.front());
}

std::vector<SliceViewport*> ViewportGrid::viewports() const {
    std::vector<SliceViewport*> shown;
    for (int r = 0; r < rows_; ++r)
        for (int c = 0; c < columns_; ++c)
            shown.push_back(cells_[std::size_t(r * maxColumns + c)]);
    return shown;
}

SliceViewport* ViewportGrid::viewportAt(int row, int column) const {
    if (row < 0 || row >= rows_ || column < 0 || column >= columns_)
        return nullptr;
    return cells_[std::size_t(row * maxColumns + column)];
}

void ViewportGrid::setActive(SliceViewport* viewport) {
    if (viewport == active_)
        return;
    if (active_)
        active_->setActive(false);
    active_ = viewport;
    if (active_)
        active_->setActive(true);
    emit activeChanged(active_);
}

bool ViewportGrid::eventFilter(QObject* watched, QEvent* event) {
    auto* viewport = qobject_cast<SliceViewport*>(watched);
    if (!viewport)
        return QWidget::eventFilter(watched, event);
    const QString type = QString::fromLatin1(SeriesStrip::mimeType);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (drag->mimeData()->hasFormat(type)) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        if (drop->mimeData()->hasFormat(type)) {
            drop->acceptProposedAction();
            setActive(viewport);
            emit seriesDropped(viewport, QString::fromUtf8(drop->mimeData()->data(type)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pellucid
