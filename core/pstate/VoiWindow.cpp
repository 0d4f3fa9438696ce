#include "core/pstate/VoiWindow.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pellucid {
namespace {

std::uint8_t gray(double x, double center, double width, bool invert) {
    return static_cast<std::uint8_t>(
        voiLinear(x, center, width, invert ? 255 : 0, invert ? 0 : 255));
}

} // namespace

double voiLinear(double x, double center, double width, double ymin, double ymax) {
    if (!std::isfinite(center) || !std::isfinite(width))
        center = 0, width = 1;
    width = std::max(width, 1.0);
    const double w1 = width - 1;
    if (x <= center - 0.5 - w1 / 2)
        return ymin;
    if (x > center - 0.5 + w1 / 2)
        return ymax;
    // Width 1: the two branches above cover every x.
    return ((x - (center - 0.5)) / w1 + 0.5) * (ymax - ymin) + ymin;
}

void buildGrayLut(double center, double width, bool invert, GrayLut& lut) {
    if (!std::isfinite(center) || !std::isfinite(width))
        center = 0, width = 1;
    width = std::max(width, 1.0);
    const double w1 = width - 1;
    const double leftBorder = center - 0.5 - w1 / 2, rightBorder = center - 0.5 + w1 / 2;
    const std::uint8_t low = invert ? 255 : 0, high = invert ? 0 : 255;
    // Outside the window the table is constant: fill it in bulk, compute only the ramp.
    const double first = std::clamp(std::floor(leftBorder) + 1, -32768.0, 32768.0);
    const double last = std::clamp(std::floor(rightBorder), -32769.0, 32767.0);
    const auto firstIndex = static_cast<std::size_t>(first + 32768);
    const auto pastLast = static_cast<std::size_t>(last + 32769);
    std::memset(lut.table.data(), low, firstIndex);
    for (std::size_t i = firstIndex; i < pastLast; ++i)
        lut.table[i] = gray(double(i) - 32768, center, width, invert);
    if (pastLast < lut.table.size())
        std::memset(lut.table.data() + std::max(pastLast, firstIndex), high,
                    lut.table.size() - std::max(pastLast, firstIndex));
}

void mapToGray8(const SliceSamples& slice, double center, double width, bool invert,
                std::uint8_t* out) {
    const std::size_t n = slice.pixelCount();
    if (!slice.data || n == 0)
        return;
    switch (slice.type) {
    case VoxelType::UInt8: {
        GrayLut lut;
        buildGrayLut(center, width, invert, lut);
        const std::uint8_t* table = lut.table.data() + 32768;
        for (std::size_t i = 0; i < n; ++i)
            out[i] = table[slice.data[i]];
        return;
    }
    case VoxelType::Int16: {
        GrayLut lut;
        buildGrayLut(center, width, invert, lut);
        const std::uint8_t* table = lut.table.data() + 32768;
        const std::uint8_t* p = slice.data;
        for (std::size_t i = 0; i < n; ++i, p += 2) {
            std::int16_t v;
            std::memcpy(&v, p, 2);
            out[i] = table[v];
        }
        return;
    }
    case VoxelType::Float32: {
        if (!std::isfinite(center) || !std::isfinite(width))
            center = 0, width = 1;
        // The formula with its constants hoisted: offset + x * gradient is
        // ((x - (c - 0.5)) / (w - 1) + 0.5) * (ymax - ymin) + ymin.
        width = std::max(width, 1.0);
        const double w1 = width - 1;
        const double leftBorder = center - 0.5 - w1 / 2, rightBorder = center - 0.5 + w1 / 2;
        const double ymin = invert ? 255 : 0, ymax = invert ? 0 : 255;
        const double gradient = w1 > 0 ? (ymax - ymin) / w1 : 0;
        const double offset = ymin + (0.5 - (center - 0.5) / (w1 > 0 ? w1 : 1)) * (ymax - ymin);
        const auto low = static_cast<std::uint8_t>(ymin), high = static_cast<std::uint8_t>(ymax);
        const std::uint8_t* p = slice.data;
        for (std::size_t i = 0; i < n; ++i, p += 4) {
            float f;
            std::memcpy(&f, p, 4);
            const double v = f;
            // NaN fails both comparisons of the ramp test and lands on `low`.
            out[i] = v > rightBorder ? high
                     : v > leftBorder
                         ? static_cast<std::uint8_t>(std::clamp(offset + v * gradient, 0.0, 255.0))
                         : low;
        }
        return;
    }
    case VoxelType::Rgb8:
    case VoxelType::Rgb16:
        for (int y = 0; y < slice.height; ++y)
            for (int x = 0; x < slice.width; ++x)
                *out++ = gray(slice.valueAt(x, y), center, width, invert);
        return;
    }
}

} // namespace pellucid
