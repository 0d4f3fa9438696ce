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

// Where output pixel `i` of `outCount` samples an axis of `inCount` pixels: the two neighbours
// and the weight of the second.
struct Tap {
    int first, second;
    double weight;
};

std::vector<Tap> taps(int outCount, int inCount) {
    std::vector<Tap> result(std::size_t(std::max(0, outCount)));
    for (int i = 0; i < outCount; ++i) {
        const double at = std::clamp((i + 0.5) * inCount / outCount - 0.5, 0.0, inCount - 1.0);
        const int first = int(std::floor(at));
        result[std::size_t(i)] = {first, std::min(first + 1, inCount - 1), at - first};
    }
    return result;
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
    const std::vector<Tap> columns = taps(size.width, image.width);
    const std::vector<Tap> rows = taps(size.height, image.height);
    const int channels = image.channels;
    for (int y = 0; y < size.height; ++y) {
        const Tap& r = rows[std::size_t(y)];
        std::uint8_t* line = out.pixels.data() +
                             (std::size_t(top + y) * std::size_t(out.width) + std::size_t(left)) *
                                 std::size_t(channels);
        for (int x = 0; x < size.width; ++x) {
            const Tap& c = columns[std::size_t(x)];
            const std::uint8_t* a = image.at(c.first, r.first);
            const std::uint8_t* b = image.at(c.second, r.first);
            const std::uint8_t* d = image.at(c.first, r.second);
            const std::uint8_t* e = image.at(c.second, r.second);
            for (int k = 0; k < channels; ++k) {
                const double upper = a[k] + (b[k] - a[k]) * c.weight;
                const double lower = d[k] + (e[k] - d[k]) * c.weight;
                *line++ = static_cast<std::uint8_t>(
                    std::clamp(std::lround(upper + (lower - upper) * r.weight), 0L, 255L));
            }
        }
    }
    return out;
}

} // namespace pellucid
