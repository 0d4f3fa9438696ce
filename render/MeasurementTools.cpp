#include "render/MeasurementTools.h"

#include "render/ViewportOverlay.h"

#include <cmath>

namespace pellucid {
namespace {

const QColor measureColor(255, 200, 0);
const QColor drawingColor(0, 220, 255);

} // namespace

MeasurementTools::MeasurementTools(Labeler label)
    : label_(std::move(label)) {}

void MeasurementTools::cancelDrawing() {
    drawing_.reset();
}

void MeasurementTools::clear() {
    measurements_.clear();
    drawing_.reset();
}

bool MeasurementTools::removeLast(int slice) {
    for (auto it = measurements_.rbegin(); it != measurements_.rend(); ++it)
        if (it->slice == slice) {
            measurements_.erase(std::next(it).base());
            return true;
        }
    return false;
}

void MeasurementTools::press(ViewportTool tool, int slice, ImagePoint at) {
    switch (tool) {
    case ViewportTool::Distance:
    case ViewportTool::Rectangle:
    case ViewportTool::Ellipse:
        drawing_ = ViewportMeasurement{tool, slice, {at, at}, {}};
        break;
    case ViewportTool::Angle:
    case ViewportTool::Polygon:
        // Points are placed click by click; the last one follows the mouse.
        if (!drawing_)
            drawing_ = ViewportMeasurement{tool, slice, {at, at}, {}};
        else
            drawing_->points.push_back(at);
        break;
    default:
        break;
    }
}

void MeasurementTools::follow(ImagePoint at) {
    if (!drawing_)
        return;
    drawing_->points.back() = at;
    drawing_->label = label_(*drawing_);
}

bool MeasurementTools::release(bool dragged) {
    if (!drawing_)
        return false;
    switch (drawing_->kind) {
    case ViewportTool::Distance:
    case ViewportTool::Rectangle:
    case ViewportTool::Ellipse:
        if (dragged) {
            finish();
            return true;
        }
        drawing_.reset();
        return false;
    case ViewportTool::Angle:
        // First arm end, vertex, second arm end: a pressed drag places the first two.
        if (dragged && drawing_->points.size() == 2)
            drawing_->points.push_back(drawing_->points.back());
        if (!dragged && drawing_->points.size() > 3) {
            // The click that placed the second arm's end.
            drawing_->points[2] = drawing_->points.back();
            drawing_->points.resize(3);
            finish();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool MeasurementTools::isDrawingPolygon() const {
    return drawing_ && drawing_->kind == ViewportTool::Polygon;
}

bool MeasurementTools::finishPolygon(
    const std::function<bool(const ImagePoint&, const ImagePoint&)>& sameOnScreen) {
    if (!isDrawingPolygon())
        return false;
    // The clicks of a double click added points where the last one already was.
    auto& points = drawing_->points;
    while (points.size() > 3 && sameOnScreen(points.back(), points[points.size() - 2]))
        points.pop_back();
    if (points.size() < 3)
        return false;
    finish();
    return true;
}

bool MeasurementTools::acceptPolygon() {
    if (!isDrawingPolygon() || drawing_->points.size() < 3)
        return false;
    drawing_->points.pop_back(); // the point following the mouse
    if (drawing_->points.size() < 3)
        return false;
    finish();
    return true;
}

void MeasurementTools::finish() {
    ViewportMeasurement m = std::move(*drawing_);
    drawing_.reset();
    m.label = label_(m);
    measurements_.push_back(std::move(m));
}

void MeasurementTools::draw(ViewportOverlay& overlay, int slice,
                            const std::function<QPointF(const ImagePoint&)>& toDisplay,
                            double dpr) const {
    auto drawShape = [&](const ViewportMeasurement& m, const QColor& color,
                         const std::string& textSlot, bool beingDrawn) {
        std::vector<QPointF> points;
        if (m.kind == ViewportTool::Rectangle && m.points.size() >= 2) {
            const ImagePoint a = m.points[0], b = m.points[1];
            for (const ImagePoint& p : {a, ImagePoint{b.x, a.y}, b, ImagePoint{a.x, b.y}})
                points.push_back(toDisplay(p));
            overlay.addPolyline(points, color, true);
        } else if (m.kind == ViewportTool::Ellipse && m.points.size() >= 2) {
            const double cx = (m.points[0].x + m.points[1].x) / 2,
                         cy = (m.points[0].y + m.points[1].y) / 2;
            const double rx = std::abs(m.points[1].x - m.points[0].x) / 2,
                         ry = std::abs(m.points[1].y - m.points[0].y) / 2;
            for (int i = 0; i < 64; ++i) {
                const double a = 2 * M_PI * i / 64;
                points.push_back(toDisplay({cx + rx * std::cos(a), cy + ry * std::sin(a)}));
            }
            overlay.addPolyline(points, color, true);
        } else {
            for (const ImagePoint& p : m.points)
                points.push_back(toDisplay(p));
            overlay.addPolyline(points, color, m.kind == ViewportTool::Polygon && !beingDrawn);
        }
        if (!m.label.isEmpty() && !points.empty()) {
            QPointF at = points.back();
            for (const QPointF& p : points)
                if (p.x() > at.x())
                    at = p;
            overlay.addText(textSlot, at + QPointF(6 * dpr, 0), m.label, color,
                            ViewportOverlay::Align::Left, int(13 * dpr), true);
        }
    };
    for (std::size_t i = 0; i < measurements_.size(); ++i)
        if (measurements_[i].slice == slice)
            drawShape(measurements_[i], measureColor, "measurement" + std::to_string(i), false);
    if (drawing_)
        drawShape(*drawing_, drawingColor, "drawing", true);
}

} // namespace pellucid
