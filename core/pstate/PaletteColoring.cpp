#include "core/pstate/PaletteColoring.h"

#include "core/pstate/VoiWindow.h"

#include <algorithm>
#include <cmath>

namespace pellucid {

PaletteColoring::PaletteColoring(Voi voi, std::optional<std::vector<PaletteLut>> palette)
    : voi_(std::move(voi))
    , palette_(std::move(palette)) {
    if (palette_ && palette_->size() == 3 && !(*palette_)[0].entries.empty())
        entries_ = int((*palette_)[0].entries.size());
    else
        palette_.reset();
}

int PaletteColoring::entryOf(double modality) const {
    const double top = entries_ - 1;
    double output = 0; // the VOI output on 0 .. top
    if (voi_.window) {
        output = voiLinear(modality, voi_.window->first, voi_.window->second, 0, top);
    } else if (voi_.lut && !voi_.lut->data.empty()) {
        const LutData& lut = *voi_.lut;
        // The first value mapped is SS when the values can be negative (PS3.3 C.11.2.1.1);
        // modality values of a PET or NM image are not.
        const int first = lut.descriptor[1] > 32767 && modality < 0 ? int(lut.descriptor[1]) - 65536
                                                                    : int(lut.descriptor[1]);
        const long last = long(std::min(lut.entries(), lut.data.size())) - 1;
        const long at = std::clamp(std::lround(modality) - first, 0L, last);
        const double full = double((1u << lut.descriptor[2]) - 1);
        output = std::min(double(lut.data[std::size_t(at)]), full) / full * top;
    } else {
        const auto [low, high] = voi_.range;
        output = high > low ? std::clamp((modality - low) / (high - low), 0.0, 1.0) * top : 0;
    }
    // The palette's first mapped value is where its input range starts (PS3.3 C.7.6.3.1.5).
    const int first = palette_ ? (*palette_)[0].firstMapped : 0;
    return std::clamp(int(std::floor(output + 0.5)) - first, 0, entries_ - 1);
}

std::array<double, 3> PaletteColoring::colorOf(double modality) const {
    const int entry = entryOf(modality);
    if (!palette_) {
        const double grey = 255.0 * entry / std::max(entries_ - 1, 1);
        return {grey, grey, grey};
    }
    std::array<double, 3> color{};
    for (std::size_t c = 0; c < 3; ++c) {
        const PaletteLut& lut = (*palette_)[c];
        const double full = lut.bits == 8 ? 255.0 : 65535.0;
        color[c] = std::min(double(lut.entries[std::size_t(entry)]), full) / full * 255.0;
    }
    return color;
}

} // namespace pellucid
