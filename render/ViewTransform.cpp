#include "render/ViewTransform.h"

#include <algorithm>

namespace pellucid {

ViewTransform::ViewTransform(int columns, int rows, double columnSpacing, double rowSpacing,
                             QSizeF viewport, const ViewState& state)
    : columns_(std::max(columns, 1))
    , rows_(std::max(rows, 1))
    , columnSpacing_(columnSpacing > 0 ? columnSpacing : 1)
    , rowSpacing_(rowSpacing > 0 ? rowSpacing : 1)
    , viewport_(viewport)
    , state_(state) {
    // Mirror first (x -> -x), then turn clockwise on a y-down display: (x, y) -> (-y, x).
    double a = state_.mirrored ? -1 : 1, b = 0, c = 0, d = 1;
    for (int t = 0; t < ((state_.quarterTurns % 4) + 4) % 4; ++t) {
        const double na = -c, nb = -d, nc = a, nd = b;
        a = na, b = nb, c = nc, d = nd;
    }
    m_[0] = a, m_[1] = b, m_[2] = c, m_[3] = d;
    scale_ = state_.fitToView ? fitMagnification() / columnSpacing_
                              : std::max(state_.magnification, 1e-3) / columnSpacing_;
}

double ViewTransform::fitMagnification() const {
    const bool turned = ((state_.quarterTurns % 2) + 2) % 2 == 1;
    const double widthMm = columns_ * columnSpacing_, heightMm = rows_ * rowSpacing_;
    const double shownWidth = turned ? heightMm : widthMm,
                 shownHeight = turned ? widthMm : heightMm;
    if (viewport_.width() <= 0 || viewport_.height() <= 0)
        return 1;
    const double mmScale =
        std::min(viewport_.width() / shownWidth, viewport_.height() / shownHeight);
    return mmScale * columnSpacing_;
}

void ViewTransform::apply(double u, double v, double& x, double& y) const {
    x = m_[0] * u + m_[1] * v;
    y = m_[2] * u + m_[3] * v;
}

void ViewTransform::applyInverse(double x, double y, double& u, double& v) const {
    // Rotations and mirrors are orthogonal: the inverse is the transpose.
    u = m_[0] * x + m_[2] * y;
    v = m_[1] * x + m_[3] * y;
}

QPointF ViewTransform::toDisplay(double column, double row) const {
    const double u = (column - (columns_ - 1) / 2.0) * columnSpacing_;
    const double v = (row - (rows_ - 1) / 2.0) * rowSpacing_;
    double x, y;
    apply(u, v, x, y);
    return {viewport_.width() / 2.0 + state_.pan.x() + scale_ * x,
            viewport_.height() / 2.0 + state_.pan.y() + scale_ * y};
}

QPointF ViewTransform::toImage(QPointF display) const {
    const double x = (display.x() - viewport_.width() / 2.0 - state_.pan.x()) / scale_;
    const double y = (display.y() - viewport_.height() / 2.0 - state_.pan.y()) / scale_;
    double u, v;
    applyInverse(x, y, u, v);
    return {u / columnSpacing_ + (columns_ - 1) / 2.0, v / rowSpacing_ + (rows_ - 1) / 2.0};
}

ViewTransform::Camera ViewTransform::camera() const {
    Camera cam{};
    // The world point under the viewport center.
    const QPointF center = toImage({viewport_.width() / 2.0, viewport_.height() / 2.0});
    cam.focal[0] = center.x() * columnSpacing_;
    cam.focal[1] = center.y() * rowSpacing_;
    cam.focal[2] = 0;
    // Screen up is display (0, -1); screen right is display (1, 0): back into world directions.
    double upU, upV, rightU, rightV;
    applyInverse(0, -1, upU, upV);
    applyInverse(1, 0, rightU, rightV);
    cam.viewUp[0] = upU, cam.viewUp[1] = upV, cam.viewUp[2] = 0;
    // Looking along +z, a camera's right is (-up.y, up.x); along -z it is (up.y, -up.x).
    const bool alongPlusZ = (-upV * rightU + upU * rightV) > 0;
    const double distance = 1000;
    cam.position[0] = cam.focal[0];
    cam.position[1] = cam.focal[1];
    cam.position[2] = alongPlusZ ? -distance : distance;
    cam.parallelScale = viewport_.height() / 2.0 / scale_;
    return cam;
}

} // namespace pellucid
