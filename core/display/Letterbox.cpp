#include "core/display/Letterbox.h"

#include <algorithm>
#include <cmath>

namespace pellucid {
namespace {

struct Size {
    int width, height;
};

// The largest size of `natural`'s proportions within `box` (QSize::scaled with
// Qt::KeepAspectRatio, integer arithmetic included, so the bars did not move).
Size fitted(Size natural, Size box) {
    const std::int64_t byHeight =
        std::int64_t(box.height) * natural.width / std::max(1, natural.height);
    if (byHeight <= box.width)
        return {int(byHeight), box.height};
    return {box.width, int(std::int64_t(box.width) * natural.height / std::max(1, natural.width))};
}

// Qt's raster engine samples in 16.16 fixed point: canvas pixel x samples the image at
// int(((x + 0.5) * inverseScale + inverseOffset) * 65536) - 0.5 * 65536, through the inverse of
// QPainter's image transform, which QSpanData::setupMatrix moves by 1/65536 of a pixel.
constexpr double fixedScale = 65536.0;

struct Axis {
    double inverseScale; // texels a canvas pixel
    double inverseOffset;
    int fixedStep;
};

Axis axis(int start, int fittedLength, int imageLength) {
    const double scale = double(fittedLength) / double(imageLength);
    const double translation = (1.0 / fixedScale) * scale + start;
    const double inverse = 1.0 / scale;
    return {inverse, -translation * inverse, int(inverse * fixedScale)};
}

int fixedAt(const Axis& a, int pixel) {
    return int((a.inverseScale * (pixel + 0.5) + a.inverseOffset) * fixedScale) - 0x8000;
}

// The two texels a fixed-point position falls between, clamped to the image (Qt's
// fetchTransformedBilinear_pixelBounds for an untiled texture).
void neighbours(int fixed, int length, int& first, int& second) {
    first = fixed >> 16;
    if (first < 0)
        first = second = 0;
    else if (first >= length - 1)
        first = second = length - 1;
    else
        second = first + 1;
}

// Qt's interpolate_4_pixels (SSE2): along y, then along x, 8-bit weights, each step truncated.
std::uint8_t interpolate(int tl, int tr, int bl, int br, int dx, int dy) {
    const int left = (tl * (256 - dy) + bl * dy) >> 8;
    const int right = (tr * (256 - dy) + br * dy) >> 8;
    return static_cast<std::uint8_t>((left * (256 - dx) + right * dx) >> 8);
}

} // namespace

DisplayImage letterbox(const DisplayImage& image, int width, int height, double aspect) {
    DisplayImage out;
    out.width = std::max(0, width);
    out.height = std::max(0, height);
    out.channels = image.channels;
    out.pixels.assign(std::size_t(out.width) * std::size_t(out.height) * std::size_t(out.channels),
                      0);
    if (image.isNull() || out.isNull())
        return out;
    if (!(aspect > 0) || !std::isfinite(aspect))
        aspect = 1.0;
    const Size natural{std::max(1, int(std::lround(image.width * aspect))), image.height};
    const Size size = fitted(natural, {out.width, out.height});
    const int left = (out.width - size.width) / 2, top = (out.height - size.height) / 2;
    const Axis across = axis(left, size.width, image.width);
    const Axis down = axis(top, size.height, image.height);
    const int channels = image.channels;
    // Qt fetches a row in chunks of 2048 pixels, each starting afresh from its first pixel.
    constexpr int chunk = 2048;
    for (int y = top; y < top + size.height; ++y) {
        const int fy = fixedAt(down, y);
        int y1 = 0, y2 = 0;
        neighbours(fy, image.height, y1, y2);
        const int dy = (fy & 0xFFFF) >> 8;
        std::uint8_t* line =
            out.pixels.data() +
            (std::size_t(y) * std::size_t(out.width) + std::size_t(left)) * std::size_t(channels);
        int fx = 0;
        for (int x = left; x < left + size.width; ++x) {
            fx = (x - left) % chunk == 0 ? fixedAt(across, x) : fx + across.fixedStep;
            int x1 = 0, x2 = 0;
            neighbours(fx, image.width, x1, x2);
            const int dx = (fx & 0xFFFF) >> 8;
            const std::uint8_t* a = image.at(x1, y1);
            const std::uint8_t* b = image.at(x2, y1);
            const std::uint8_t* c = image.at(x1, y2);
            const std::uint8_t* d = image.at(x2, y2);
            for (int k = 0; k < channels; ++k)
                *line++ = interpolate(a[k], b[k], c[k], d[k], dx, dy);
        }
    }
    return out;
}

} // namespace pellucid
