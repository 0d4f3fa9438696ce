#pragma once

#include "core/measure/Measurement.h"

#include <QPointF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pellucid {

class ViewportOverlay;

// What the left mouse button does in a viewport. The right button always sets the window, the
// middle button pans, the wheel scrolls (Ctrl+wheel zooms).
enum class ViewportTool { Scroll, Window, Zoom, Pan, Distance, Angle, Rectangle, Ellipse, Polygon };

// A measurement drawn on one slice, in image coordinates (core/measure's convention).
struct ViewportMeasurement {
    ViewportTool kind = ViewportTool::Distance;
    int slice = 0;
    std::vector<ImagePoint> points;
    QString label; // the figures shown next to it
};

// The measurements of a viewport and the one being drawn: how presses, moves, releases and keys
// place their points, and how they are drawn. Labels come from the viewport, which knows the
// slice's values and spacing.
class MeasurementTools {
public:
    using Labeler = std::function<QString(const ViewportMeasurement&)>;
    explicit MeasurementTools(Labeler label);

    const std::vector<ViewportMeasurement>& measurements() const { return measurements_; }
    bool isDrawing() const { return drawing_.has_value(); }

    void cancelDrawing();
    void clear();
    // The last measurement on `slice`; false when it has none.
    bool removeLast(int slice);

    // A left press on `slice` with `tool`: starts a shape, or places the next point of an angle
    // or a polygon. Tools that do not measure do nothing.
    void press(ViewportTool tool, int slice, ImagePoint at);
    // The mouse moved to `at`: the last point of the shape being drawn follows it.
    void follow(ImagePoint at);
    // The left button went up, `dragged` (moved more than a few pixels) since the press. True
    // when that finished a measurement.
    bool release(bool dragged);
    // A double click ends a polygon; `sameOnScreen` tells two points the clicks put in the same
    // place. True when that finished a measurement.
    bool
    finishPolygon(const std::function<bool(const ImagePoint&, const ImagePoint&)>& sameOnScreen);
    bool isDrawingPolygon() const;
    // Enter ends a polygon at the last placed point. True when that finished a measurement.
    bool acceptPolygon();

    // The measurements of `slice` and the shape being drawn, `dpr` device pixels a point.
    void draw(ViewportOverlay& overlay, int slice,
              const std::function<QPointF(const ImagePoint&)>& toDisplay, double dpr) const;

private:
    void finish();

    Labeler label_;
    std::vector<ViewportMeasurement> measurements_;
    std::optional<ViewportMeasurement> drawing_;
};

} // namespace pellucid
