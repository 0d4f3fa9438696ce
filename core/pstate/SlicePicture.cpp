#include "core/pstate/SlicePicture.h"

#include "core/pstate/VoiWindow.h"

#include <cstring>

namespace pellucid {
namespace {

void paintColor(const SliceSamples& samples, double center, double width, bool invert,
                std::uint8_t* out) {
    const std::size_t values = samples.pixelCount() * 3;
    if (samples.type == VoxelType::Rgb8) {
        std::memcpy(out, samples.data, values);
    } else {
        const auto* in = reinterpret_cast<const std::uint16_t*>(samples.data);
        for (std::size_t i = 0; i < values; ++i)
            out[i] = static_cast<std::uint8_t>(in[i] >> 8);
    }
    // Window/level acts on each channel (a window of 256 centered on 127.5 is the identity,
    // which color images start with).
    if (invert || center != 127.5 || width != 256) {
        static thread_local GrayLut lut;
        buildGrayLut(center, width, invert, lut);
        for (std::size_t i = 0; i < values; ++i)
            out[i] = lut(out[i]);
    }
}

// DICOM overlays are graphics, not pixel data (PS3.3 C.9.2): shown in white over the image.
void paintOverlays(const std::vector<OverlayPlane>& planes, const std::vector<std::uint8_t>* grays,
                   int columns, int rows, int channels, std::uint8_t* out) {
    for (std::size_t i = 0; i < planes.size(); ++i) {
        const OverlayPlane& plane = planes[i];
        const int value = grays && i < grays->size() ? (*grays)[i] : 255;
        for (int r = 0; r < plane.rows; ++r) {
            const int y = r + plane.originRow;
            if (y < 0 || y >= rows)
                continue;
            for (int c = 0; c < plane.columns; ++c) {
                const int x = c + plane.originColumn;
                if (x < 0 || x >= columns ||
                    !plane.bits[std::size_t(r) * std::size_t(plane.columns) + std::size_t(c)])
                    continue;
                std::memset(out + (std::size_t(y) * std::size_t(columns) + std::size_t(x)) *
                                      std::size_t(channels),
                            value, std::size_t(channels));
            }
        }
    }
}

void paintColorShutter(const DisplayShutter& shutter, int columns, int rows, std::uint8_t* out) {
    const std::uint8_t grey = shutter.gray8();
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            if (shutter.hides(x, y))
                std::memset(out + (std::size_t(y) * std::size_t(columns) + std::size_t(x)) * 3,
                            grey, 3);
}

} // namespace

void SlicePicture::paint(const DisplayWindow& window, std::uint8_t* out) const {
    const bool invert = window.inverted != (photometric == "MONOCHROME1");
    if (isColor(samples.type))
        paintColor(samples, window.center, window.width, invert, out);
    else
        mapToGray8(samples, window.center, window.width, invert, out);
    paintOverlaysAndShutter(out);
}

void SlicePicture::paint(const GrayscaleStepsLut& grayscale, std::uint8_t* out) const {
    grayscale.apply(samples, out);
    paintOverlaysAndShutter(out);
}

void SlicePicture::paintOverlaysAndShutter(std::uint8_t* out) const {
    const int columns = samples.width, rows = samples.height;
    if (overlays)
        paintOverlays(*overlays, overlayGray, columns, rows, channels(), out);
    if (shutter && shutter->present()) {
        if (channels() == 1)
            shutter->paint(out, columns, rows);
        else
            paintColorShutter(*shutter, columns, rows, out);
    }
}

} // namespace pellucid
