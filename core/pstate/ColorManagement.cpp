#include "core/pstate/ColorManagement.h"

#include <lcms2.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace pellucid {

void applyPalette(const std::uint8_t* grey, std::size_t pixels,
                  const std::vector<PaletteLut>& palette, std::uint8_t* rgb) {
    if (palette.size() != 3) {
        for (std::size_t i = 0; i < pixels; ++i)
            rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = grey[i];
        return;
    }
    // One 256-entry table a channel: entry v is the palette entry v of 255 of the way along.
    std::uint8_t table[3][256];
    for (int c = 0; c < 3; ++c) {
        const PaletteLut& lut = palette[std::size_t(c)];
        const std::size_t last = lut.entries.empty() ? 0 : lut.entries.size() - 1;
        for (int v = 0; v < 256; ++v) {
            if (lut.entries.empty()) {
                table[c][v] = static_cast<std::uint8_t>(v);
                continue;
            }
            const std::uint16_t e = lut.entries[std::min(last, std::size_t(v) * last / 255)];
            table[c][v] = static_cast<std::uint8_t>(lut.bits > 8 ? e >> 8 : std::min<int>(e, 255));
        }
    }
    for (std::size_t i = 0; i < pixels; ++i) {
        rgb[3 * i] = table[0][grey[i]];
        rgb[3 * i + 1] = table[1][grey[i]];
        rgb[3 * i + 2] = table[2][grey[i]];
    }
}

std::variant<std::shared_ptr<const IccTransform>, std::string>
IccTransform::fromProfile(const std::vector<std::uint8_t>& bytes) {
    cmsHPROFILE input = cmsOpenProfileFromMem(bytes.data(), cmsUInt32Number(bytes.size()));
    if (!input)
        return std::string("the ICC profile cannot be read");
    if (cmsGetColorSpace(input) != cmsSigRgbData) {
        cmsCloseProfile(input);
        return std::string("the ICC profile is not for RGB colours");
    }
    cmsHPROFILE srgb = cmsCreate_sRGBProfile();
    cmsHTRANSFORM transform =
        cmsCreateTransform(input, TYPE_RGB_8, srgb, TYPE_RGB_8, INTENT_PERCEPTUAL, 0);
    cmsCloseProfile(input);
    cmsCloseProfile(srgb);
    if (!transform)
        return std::string("the ICC profile gives no transform to sRGB");
    std::shared_ptr<IccTransform> out(new IccTransform);
    out->transform_ = transform;
    // Most profiles in the wild are sRGB: spare their pixels the rounding of a round trip.
    std::vector<std::uint8_t> grid;
    for (int r = 0; r <= 256; r += 16)
        for (int g = 0; g <= 256; g += 16)
            for (int b = 0; b <= 256; b += 16)
                for (int v : {r, g, b})
                    grid.push_back(static_cast<std::uint8_t>(std::min(v, 255)));
    std::vector<std::uint8_t> mapped(grid.size());
    cmsDoTransform(transform, grid.data(), mapped.data(), cmsUInt32Number(grid.size() / 3));
    out->identity_ =
        std::equal(grid.begin(), grid.end(), mapped.begin(),
                   [](std::uint8_t a, std::uint8_t b) { return std::abs(a - b) <= 1; });
    return std::shared_ptr<const IccTransform>(std::move(out));
}

IccTransform::~IccTransform() {
    if (transform_)
        cmsDeleteTransform(static_cast<cmsHTRANSFORM>(transform_));
}

void IccTransform::apply(std::uint8_t* rgb, std::size_t pixels) const {
    if (identity_)
        return;
    // Little CMS takes a 32-bit count: large images go in parts.
    constexpr std::size_t chunk = std::size_t(1) << 24;
    for (std::size_t done = 0; done < pixels; done += chunk) {
        const std::size_t n = std::min(chunk, pixels - done);
        cmsDoTransform(static_cast<cmsHTRANSFORM>(transform_), rgb + 3 * done, rgb + 3 * done,
                       cmsUInt32Number(n));
    }
}

} // namespace pellucid
