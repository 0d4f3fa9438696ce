#pragma once

#include "core/pixel/PixelDescription.h"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

// The colour steps of PS3.4 N.2 after the grey ones. A Pseudo-Color Softcopy Presentation
// State (PS3.3 A.33.3) sends the VOI output through its Palette Color LUT; here the 8-bit grey
// output indexes the palette's whole input range. Writes 3 bytes (R, G, B) a pixel.
void applyPalette(const std::uint8_t* grey, std::size_t pixels,
                  const std::vector<PaletteLut>& palette, std::uint8_t* rgb);

// The ICC Profile of a Color (or Pseudo-Color) Softcopy Presentation State (PS3.3 C.11.15),
// applied as PS3.4 N.2.2 asks: from the profile's colour space to the display's, taken as
// sRGB (Little CMS, perceptual intent).
class IccTransform {
public:
    static std::variant<std::shared_ptr<const IccTransform>, std::string>
    fromProfile(const std::vector<std::uint8_t>& profile);
    ~IccTransform();
    IccTransform(const IccTransform&) = delete;
    IccTransform& operator=(const IccTransform&) = delete;
    // In place, 3 bytes a pixel.
    void apply(std::uint8_t* rgb, std::size_t pixels) const;
    // The profile is sRGB as far as 8-bit display values tell: every colour stays within one
    // level of itself, and apply() leaves the pixels exactly as they are.
    bool isIdentity() const { return identity_; }

private:
    IccTransform() = default;
    void* transform_ = nullptr; // cmsHTRANSFORM
    bool identity_ = false;
};

} // namespace pellucid
