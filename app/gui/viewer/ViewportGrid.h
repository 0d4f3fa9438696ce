#pragma once

#include <QWidget>

#include <vector>

class QGridLayout;

namespace pellucid {

class SliceViewport;

// The viewer's viewports in a rows x columns layout (1x1 to 4x4, or any custom size up to
// that). Viewports dropped out of a smaller layout are kept hidden with their series, so going
// back to a larger layout shows them again. One viewport is active: the toolbar acts on it.
class ViewportGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxRows = 4, maxColumns = 4;
    explicit ViewportGrid(QWidget* parent = nullptr);

    void setGrid(int rows, int columns);
    int rows() const { return rows_; }
    int columns() const { return columns_; }
    // The visible viewports, row by row.
    std::vector<SliceViewport*> viewports() const;
    SliceViewport* viewportAt(int row, int column) const;
    SliceViewport* active() const { return active_; }
    void setActive(SliceViewport* viewport);

signals:
    void activeChanged(pellucid::SliceViewport* viewport);
    void seriesDropped(pellucid::SliceViewport* viewport, const QString& seriesInstanceUid);
    void viewportCreated(pellucid::SliceViewport* viewport);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QGridLayout* layout_ = nullptr;
    std::vector<SliceViewport*> cells_; // maxRows * maxColumns, created on demand
    int rows_ = 0, columns_ = 0;
    SliceViewport* active_ = nullptr;
};

} // namespace pellucid
