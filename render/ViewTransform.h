#pragma once

#include <QPointF>
#include <QSizeF>

namespace pellucid {

// How an image lies in a viewport: rotation by quarter turns, mirroring, magnification and pan.
// Image coordinates follow core/measure: x = column, y = row, the center of pixel (c, r) at
// (c, r). Display coordinates are the widget's, in device pixels, y pointing down.
struct ViewState {
    int quarterTurns = 0;     // clockwise, 0..3
    bool mirrored = false;    // left-right, applied before the rotation
    bool fitToView = true;    // magnification follows the viewport size
    double magnification = 1; // display pixels per image pixel along a row, when !fitToView
    QPointF pan;              // display pixels the image center is moved from the viewport center
};

class ViewTransform {
public:
    ViewTransform(int columns, int rows, double columnSpacing, double rowSpacing, QSizeF viewport,
                  const ViewState& state);

    QPointF toDisplay(double x, double y) const;
    QPointF toImage(QPointF display) const; // x = column, y = row
    // Display pixels per image pixel along a row (1 = "1:1").
    double magnification() const { return scale_ * columnSpacing_; }
    // The magnification at which the whole image fits the viewport.
    double fitMagnification() const;

    // What a VTK camera needs to show the same view of an image whose voxel (c, r) lies at
    // world (c * columnSpacing, r * rowSpacing, 0): parallel projection.
    struct Camera {
        double focal[3];
        double position[3];
        double viewUp[3];
        double parallelScale;
    };
    Camera camera() const;

private:
    // The rotation/mirror as a 2x2 matrix acting on millimetre offsets from the image center.
    void apply(double u, double v, double& x, double& y) const;
    void applyInverse(double x, double y, double& u, double& v) const;

    int columns_, rows_;
    double columnSpacing_, rowSpacing_;
    QSizeF viewport_;
    ViewState state_;
    double scale_ = 1; // display pixels per millimetre
    double m_[4] = {1, 0, 0, 1};
};

} // namespace pellucid
