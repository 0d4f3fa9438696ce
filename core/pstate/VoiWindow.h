#pragma once

#include "core/measure/SliceSamples.h"

#include <array>
#include <cstdint>

namespace pellucid {

// The DICOM linear VOI function (PS3.3 C.11.2.1.2.1) of window `center`/`width` (width >= 1;
// smaller widths are taken as 1, a non-finite window as 0/1):
//   x <= c - 0.5 - (w - 1) / 2  -> ymin
//   x >  c - 0.5 + (w - 1) / 2  -> ymax
//   else ((x - (c - 0.5)) / (w - 1) + 0.5) * (ymax - ymin) + ymin
// ymin > ymax inverts (MONOCHROME1).
double voiLinear(double x, double center, double width, double ymin, double ymax);

// A grey level for every value of a 16-bit range: entry v + 32768 is the grey of value v. The
// grey is voiLinear(v, c, w, 0, 255) (or 255..0 inverted) truncated towards zero, which is
// exactly what DCMTK's DicomImage outputs for 8 bits.
struct GrayLut {
    std::array<std::uint8_t, 65536> table;
    std::uint8_t operator()(std::int32_t value) const {
        return table[static_cast<std::uint16_t>(value + 32768)];
    }
};
void buildGrayLut(double center, double width, bool invert, GrayLut& lut);

// Windows a slice into 8-bit grey, one byte a pixel, `out` holding width * height bytes.
// UInt8 and Int16 go through a GrayLut, Float32 through the formula, RGB through its luma.
// 512 x 512 Int16 takes about 0.1 ms (measured in tst_display).
void mapToGray8(const SliceSamples& slice, double center, double width, bool invert,
                std::uint8_t* out);

} // namespace pellucid
