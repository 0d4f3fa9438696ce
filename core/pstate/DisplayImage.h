#pragma once

#include <cstdint>
#include <vector>

namespace pellucid {

// An image ready to be shown or saved: 8-bit grey (one channel) or RGB (three), row by row
// without padding.
struct DisplayImage {
    int width = 0, height = 0;
    int channels = 1;
    std::vector<std::uint8_t> pixels;

    bool isNull() const { return width <= 0 || height <= 0; }
    const std::uint8_t* at(int x, int y) const {
        return pixels.data() +
               (std::size_t(y) * std::size_t(width) + std::size_t(x)) * std::size_t(channels);
    }
};

} // namespace pellucid
