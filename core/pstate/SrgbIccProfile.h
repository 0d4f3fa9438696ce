#pragma once

#include <cstdint>
#include <vector>

namespace pellucid {

// An ICC.1:2010 (ISO 15076-1, version 4.3) display profile of sRGB (IEC 61966-2-1): D50-adapted
// primaries, the Bradford chromatic adaptation from D65, and the exact sRGB tone curve as a
// parametric curve. A Color Softcopy Presentation State must carry one (ICC Profile Module,
// PS3.3 C.11.15). Made here because core and the command line link no Qt Gui (QColorSpace).
std::vector<std::uint8_t> srgbIccProfile();

} // namespace pellucid
