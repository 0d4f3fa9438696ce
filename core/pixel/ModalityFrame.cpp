#include "core/pixel/ModalityFrame.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pellucid {

VoxelType modalityTypeOf(const PixelDescription& d, int frame) {
    const FrameLayout l = d.decodedLayout();
    if (d.isColor() || l.samplesPerPixel == 3)
        return l.bitsAllocated > 8 ? VoxelType::Rgb16 : VoxelType::Rgb8;
    if (d.modalityLut) {
        const auto& entries = d.modalityLut->entries;
        const std::uint16_t highest =
            entries.empty() ? 0 : *std::max_element(entries.begin(), entries.end());
        return highest <= 32767 ? VoxelType::Int16 : VoxelType::Float32;
    }
    const auto [slope, intercept] = d.rescaleOf(frame);
    if (l.bitsAllocated == 8 && l.pixelRepresentation == 0 && slope == 1.0 && intercept == 0.0)
        return VoxelType::UInt8;
    const double lo = l.pixelRepresentation ? -std::ldexp(1.0, l.bitsStored - 1) : 0.0;
    const double hi = l.pixelRepresentation ? std::ldexp(1.0, l.bitsStored - 1) - 1
                                            : std::ldexp(1.0, l.bitsStored) - 1;
    const double a = lo * slope + intercept, b = hi * slope + intercept;
    const bool integral = slope == std::floor(slope) && intercept == std::floor(intercept);
    const bool fitsInt16 =
        integral && l.bitsAllocated <= 16 && std::min(a, b) >= -32768 && std::max(a, b) <= 32767;
    return fitsInt16 ? VoxelType::Int16 : VoxelType::Float32;
}

void toModality(const std::uint8_t* in, const FrameLayout& l, double slope, double intercept,
                VoxelType type, std::uint8_t* out, std::size_t pixels,
                const PaletteLut* modalityLut) {
    auto value = [&](std::size_t i) -> double {
        switch (l.bitsAllocated) {
        case 8:
            return l.pixelRepresentation ? double(reinterpret_cast<const std::int8_t*>(in)[i])
                                         : double(in[i]);
        case 16: {
            std::uint16_t v;
            std::memcpy(&v, in + 2 * i, 2);
            return l.pixelRepresentation ? double(static_cast<std::int16_t>(v)) : double(v);
        }
        default: {
            std::uint32_t v;
            std::memcpy(&v, in + 4 * i, 4);
            return l.pixelRepresentation ? double(static_cast<std::int32_t>(v)) : double(v);
        }
        }
    };
    if (modalityLut && !modalityLut->entries.empty() &&
        (type == VoxelType::Int16 || type == VoxelType::Float32)) {
        const auto& entries = modalityLut->entries;
        const double last = double(entries.size() - 1);
        auto mapped = [&](std::size_t i) {
            const double index = std::clamp(value(i) - modalityLut->firstMapped, 0.0, last);
            return entries[static_cast<std::size_t>(index)];
        };
        if (type == VoxelType::Int16)
            for (std::size_t i = pixels; i-- > 0;)
                reinterpret_cast<std::int16_t*>(out)[i] = static_cast<std::int16_t>(mapped(i));
        else
            for (std::size_t i = pixels; i-- > 0;)
                reinterpret_cast<float*>(out)[i] = static_cast<float>(mapped(i));
    } else if (type == VoxelType::Int16) {
        auto* dst = reinterpret_cast<std::int16_t*>(out);
        const auto s = static_cast<long>(slope), c = static_cast<long>(intercept);
        if (l.bitsAllocated == 16 && !l.pixelRepresentation) {
            const auto* src = reinterpret_cast<const std::uint16_t*>(in);
            for (std::size_t i = 0; i < pixels; ++i)
                dst[i] = static_cast<std::int16_t>(long(src[i]) * s + c);
        } else if (l.bitsAllocated == 16) {
            const auto* src = reinterpret_cast<const std::int16_t*>(in);
            for (std::size_t i = 0; i < pixels; ++i)
                dst[i] = static_cast<std::int16_t>(long(src[i]) * s + c);
        } else {
            for (std::size_t i = pixels; i-- > 0;)
                dst[i] = static_cast<std::int16_t>(std::lround(value(i) * slope + intercept));
        }
    } else if (type == VoxelType::Float32) {
        auto* dst = reinterpret_cast<float*>(out);
        for (std::size_t i = pixels; i-- > 0;)
            dst[i] = static_cast<float>(value(i) * slope + intercept);
    } else if (in != out) { // UInt8 and RGB: as decoded
        std::memcpy(out, in, pixels * voxelBytes(type));
    }
}

std::variant<ModalityFrame, std::string> decodeModalityFrame(const InstancePixels& pixels,
                                                             int frame) {
    const FrameLayout layout = pixels.decodedLayout();
    ModalityFrame out;
    out.columns = layout.columns;
    out.rows = layout.rows;
    out.type = modalityTypeOf(pixels.description(), frame);
    const std::size_t count = std::size_t(layout.columns) * std::size_t(layout.rows);
    std::vector<std::uint8_t> decoded(layout.frameBytes());
    if (std::string error = pixels.decodeFrame(frame, decoded.data(), decoded.size());
        !error.empty())
        return error;
    out.voxels.resize(count * voxelBytes(out.type));
    const auto [slope, intercept] = pixels.description().rescaleOf(frame);
    const auto& lut = pixels.description().modalityLut;
    toModality(decoded.data(), layout, slope, intercept, out.type, out.voxels.data(), count,
               lut ? &*lut : nullptr);
    return out;
}

} // namespace pellucid
