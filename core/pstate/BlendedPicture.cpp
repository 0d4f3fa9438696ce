#include "core/pstate/BlendedPicture.h"

#include <algorithm>
#include <cmath>

namespace pellucid {

DisplayImage BlendedPicture::paint() const {
    DisplayImage out;
    out.width = grid.columns;
    out.height = grid.rows;
    out.channels = 3;
    out.pixels.resize(std::size_t(out.width) * std::size_t(out.height) * 3);
    const double a = std::clamp(opacity, 0.0, 1.0);
    for (int row = 0; row < grid.rows; ++row)
        for (int column = 0; column < grid.columns; ++column) {
            const std::size_t i =
                std::size_t(row) * std::size_t(grid.columns) + std::size_t(column);
            const double grey = underlyingGrey[i];
            std::uint8_t* pixel = out.pixels.data() + 3 * i;
            const auto value = superimposed && coloring
                                   ? superimposed->valueAt(grid.pointAt(column, row))
                                   : std::nullopt;
            if (!value) {
                pixel[0] = pixel[1] = pixel[2] = underlyingGrey[i];
                continue;
            }
            const auto color = coloring->colorOf(*value);
            for (std::size_t c = 0; c < 3; ++c)
                pixel[c] = static_cast<std::uint8_t>(
                    std::clamp(std::floor((1 - a) * grey + a * color[c] + 0.5), 0.0, 255.0));
        }
    return out;
}

} // namespace pellucid
