#include "core/pstate/DisplayShutter.h"

#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <cmath>
#include <cstring>
#include <string>

namespace pellucid {
namespace {

std::optional<long> integerAt(DcmItem& item, const DcmTagKey& tag, unsigned long index = 0) {
    Sint32 v = 0;
    if (item.findAndGetSint32(tag, v, index).bad())
        return std::nullopt;
    return v;
}

bool onSegment(ImagePoint p, ImagePoint a, ImagePoint b) {
    const double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    if (std::abs(cross) > 1e-9 * std::max(1.0, length))
        return false;
    return p.x >= std::min(a.x, b.x) - 1e-9 && p.x <= std::max(a.x, b.x) + 1e-9 &&
           p.y >= std::min(a.y, b.y) - 1e-9 && p.y <= std::max(a.y, b.y) + 1e-9;
}

bool insidePolygon(const std::vector<ImagePoint>& v, ImagePoint p) {
    bool inside = false;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
        if (onSegment(p, v[j], v[i]))
            return true;
        if ((v[i].y > p.y) != (v[j].y > p.y) &&
            p.x < (v[j].x - v[i].x) * (p.y - v[i].y) / (v[j].y - v[i].y) + v[i].x)
            inside = !inside;
    }
    return inside;
}

} // namespace

bool DisplayShutter::hides(double x, double y) const {
    // A continuous point shows when the pixel it falls in shows: round to that pixel's center
    // for the rectangle, whose edges are whole pixels.
    if (rectangle) {
        const double c = std::floor(x + 0.5), r = std::floor(y + 0.5);
        if (c < rectangle->left || c > rectangle->right || r < rectangle->top ||
            r > rectangle->bottom)
            return true;
    }
    if (circle && std::hypot(x - circle->center.x, y - circle->center.y) > circle->radius)
        return true;
    if (polygon.size() >= 3 && !insidePolygon(polygon, {x, y}))
        return true;
    // The bitmap's set bits are the shutter (PS3.3 C.7.6.15: "the pixels ... set to 1 ... are
    // obscured").
    if (bitmap && bitmap->at(int(std::floor(y + 0.5)), int(std::floor(x + 0.5))))
        return true;
    return false;
}

void DisplayShutter::paint(std::uint8_t* gray, int width, int height) const {
    if (!present())
        return;
    const std::uint8_t value = gray8();
    const bool perPixel = polygon.size() >= 3 || bitmap;
    for (int r = 0; r < height; ++r) {
        std::uint8_t* row = gray + std::size_t(r) * std::size_t(width);
        // The rectangle and the circle show one span of each row: found without testing each
        // pixel, so a shutter costs little when scrolling.
        double first = 0, last = width - 1;
        if (rectangle) {
            if (r < rectangle->top || r > rectangle->bottom)
                first = 1, last = 0;
            first = std::max(first, std::ceil(rectangle->left));
            last = std::min(last, std::floor(rectangle->right));
        }
        if (circle) {
            const double dy = r - circle->center.y;
            const double reach = circle->radius * circle->radius - dy * dy;
            if (reach < 0) {
                first = 1, last = 0;
            } else {
                const double half = std::sqrt(reach);
                first = std::max(first, std::ceil(circle->center.x - half));
                last = std::min(last, std::floor(circle->center.x + half));
            }
        }
        const int from = int(std::clamp(first, 0.0, double(width))),
                  to = int(std::clamp(last + 1, 0.0, double(width)));
        if (from >= to) {
            std::memset(row, value, std::size_t(width));
            continue;
        }
        std::memset(row, value, std::size_t(from));
        std::memset(row + to, value, std::size_t(width - to));
        if (perPixel)
            for (int c = from; c < to; ++c)
                if (hides(c, r))
                    row[c] = value;
    }
}

DisplayShutter DisplayShutter::read(DcmItem& dataset, std::vector<std::string>* problems) {
    DisplayShutter s;
    auto problem = [&](const std::string& text) {
        if (problems)
            problems->push_back(text);
    };
    const std::string shapes = DicomText(dataset, {}).code(DCM_ShutterShape);
    for (std::size_t start = 0; start <= shapes.size() && !shapes.empty();) {
        const std::size_t end = std::min(shapes.find('\\', start), shapes.size());
        const std::string shape = shapes.substr(start, end - start);
        start = end + 1;
        if (shape == "RECTANGULAR") {
            const auto left = integerAt(dataset, DCM_ShutterLeftVerticalEdge);
            const auto right = integerAt(dataset, DCM_ShutterRightVerticalEdge);
            const auto upper = integerAt(dataset, DCM_ShutterUpperHorizontalEdge);
            const auto lower = integerAt(dataset, DCM_ShutterLowerHorizontalEdge);
            if (left && right && upper && lower && *left <= *right && *upper <= *lower)
                s.rectangle = Rectangle{double(*left - 1), double(*right - 1), double(*upper - 1),
                                        double(*lower - 1)};
            else
                problem("rectangular shutter without valid edges");
        } else if (shape == "CIRCULAR") {
            // Center of Circular Shutter is row\column, 1-based.
            const auto row = integerAt(dataset, DCM_CenterOfCircularShutter, 0);
            const auto column = integerAt(dataset, DCM_CenterOfCircularShutter, 1);
            const auto radius = integerAt(dataset, DCM_RadiusOfCircularShutter);
            if (row && column && radius && *radius > 0)
                s.circle = Circle{{double(*column - 1), double(*row - 1)}, double(*radius)};
            else
                problem("circular shutter without a valid center and radius");
        } else if (shape == "POLYGONAL") {
            // Vertices are row\column pairs, 1-based.
            std::vector<ImagePoint> vertices;
            for (unsigned long i = 0;; i += 2) {
                const auto row = integerAt(dataset, DCM_VerticesOfThePolygonalShutter, i);
                const auto column = integerAt(dataset, DCM_VerticesOfThePolygonalShutter, i + 1);
                if (!row || !column)
                    break;
                vertices.push_back({double(*column - 1), double(*row - 1)});
            }
            if (vertices.size() >= 3)
                s.polygon = std::move(vertices);
            else
                problem("polygonal shutter with fewer than 3 vertices");
        } else if (shape == "BITMAP") {
            // The plane is in an overlay group of the image or the state: set by whoever has it
            // (ImagePresentation), as Shutter Overlay Group names.
            Uint16 group = 0;
            if (dataset.findAndGetUint16(DCM_ShutterOverlayGroup, group).bad())
                problem("bitmap shutter without a Shutter Overlay Group");
        } else if (!shape.empty()) {
            problem("shutter shape " + shape + " is not supported");
        }
    }
    Uint16 value = 0;
    if (dataset.findAndGetUint16(DCM_ShutterPresentationValue, value).good())
        s.presentationValue = value;
    else if (dataset.findAndGetUint16(DCM_ShutterPresentationColorCIELabValue, value, 0).good())
        s.presentationValue = value;
    return s;
}

} // namespace pellucid
