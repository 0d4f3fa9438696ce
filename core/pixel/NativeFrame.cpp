#include "core/pixel/NativeFrame.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

namespace pellucid {
namespace {

bool isYbrFull(const std::string& p) {
    return p == "YBR_FULL";
}

template <typename T> T clampTo(double v, double max) {
    return static_cast<T>(std::clamp(std::lround(v), 0L, static_cast<long>(max)));
}

// YCbCr full range (PS3.3 C.7.6.3.1.2) to RGB, in place on interleaved samples.
template <typename T> void ybrFullToRgb(T* samples, std::size_t pixels, int bitsStored) {
    const double max = double((1u << bitsStored) - 1), mid = double(1u << (bitsStored - 1));
    for (std::size_t i = 0; i < pixels; ++i) {
        T* p = samples + 3 * i;
        const double y = p[0], cb = p[1] - mid, cr = p[2] - mid;
        p[0] = clampTo<T>(y + 1.402 * cr, max);
        p[1] = clampTo<T>(y - 0.344136 * cb - 0.714136 * cr, max);
        p[2] = clampTo<T>(y + 1.772 * cb, max);
    }
}

// Stored value -> RGB through the palette; the index is clamped into the tables, as PS3.3
// C.7.6.3.1.5 maps values below/above the range to the first/last entry.
template <typename Out>
void paletteToRgb(const std::vector<PaletteLut>& lut, long value, Out* rgb) {
    for (int c = 0; c < 3; ++c) {
        const PaletteLut& t = lut[static_cast<std::size_t>(c)];
        const long index =
            std::clamp(value - t.firstMapped, 0L, static_cast<long>(t.entries.size()) - 1);
        rgb[c] = static_cast<Out>(t.entries[static_cast<std::size_t>(index)]);
    }
}

// Reads sample i of a stored buffer as the raw unsigned bits of its container.
std::uint32_t rawSample(const std::uint8_t* p, int bytes, bool bigEndian) {
    switch (bytes) {
    case 1:
        return p[0];
    case 2:
        return bigEndian ? (std::uint32_t(p[0]) << 8) | p[1] : (std::uint32_t(p[1]) << 8) | p[0];
    default:
        return bigEndian ? (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                               (std::uint32_t(p[2]) << 8) | p[3]
                         : (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) |
                               (std::uint32_t(p[1]) << 8) | p[0];
    }
}

// The High Bit's window of Bits Stored, moved to bit 0 and sign-extended when signed.
struct BitWindow {
    int shift;
    std::uint32_t mask;
    std::uint32_t signBit;
    bool isSigned;
    explicit BitWindow(const PixelDescription& d)
        : shift(d.highBit - (d.layout.bitsStored - 1))
        , mask(d.layout.bitsStored >= 32 ? 0xFFFFFFFFu : (1u << d.layout.bitsStored) - 1)
        , signBit(1u << (d.layout.bitsStored - 1))
        , isSigned(d.layout.pixelRepresentation == 1) {}
    std::int64_t apply(std::uint32_t raw) const {
        const std::uint32_t v = (raw >> shift) & mask;
        if (isSigned && (v & signBit))
            return static_cast<std::int64_t>(v) - (static_cast<std::int64_t>(mask) + 1);
        return v;
    }
};

void writeSample(std::uint8_t* out, std::size_t index, int bytes, std::int64_t value) {
    switch (bytes) {
    case 1:
        out[index] = static_cast<std::uint8_t>(value);
        break;
    case 2: {
        const auto v = static_cast<std::uint16_t>(value);
        std::memcpy(out + 2 * index, &v, 2);
        break;
    }
    default: {
        const auto v = static_cast<std::uint32_t>(value);
        std::memcpy(out + 4 * index, &v, 4);
        break;
    }
    }
}

std::int64_t readDecoded(const std::uint8_t* in, std::size_t index, int bytes, bool isSigned) {
    switch (bytes) {
    case 1:
        return isSigned ? static_cast<std::int8_t>(in[index]) : in[index];
    case 2: {
        std::uint16_t v;
        std::memcpy(&v, in + 2 * index, 2);
        return isSigned ? static_cast<std::int16_t>(v) : v;
    }
    default: {
        std::uint32_t v;
        std::memcpy(&v, in + 4 * index, 4);
        return isSigned ? static_cast<std::int32_t>(v) : v;
    }
    }
}

std::string applyPalette(const std::uint8_t* indexes, int indexBytes, bool indexSigned,
                         std::size_t pixels, const PixelDescription& d, std::uint8_t* out) {
    const auto& lut = *d.palette;
    const bool wide = d.decodedLayout().bitsAllocated == 16;
    for (std::size_t i = 0; i < pixels; ++i) {
        const long value = static_cast<long>(readDecoded(indexes, i, indexBytes, indexSigned));
        if (wide)
            paletteToRgb(lut, value, reinterpret_cast<std::uint16_t*>(out) + 3 * i);
        else
            paletteToRgb(lut, value, out + 3 * i);
    }
    return {};
}

} // namespace

std::uint64_t nativeFrameBits(const PixelDescription& d) {
    const std::uint64_t pixels = std::uint64_t(d.layout.rows) * std::uint64_t(d.layout.columns);
    if (d.photometric == "YBR_FULL_422" && d.layout.samplesPerPixel == 3)
        return pixels * 2 * std::uint64_t(d.layout.bitsAllocated);
    return pixels * std::uint64_t(d.layout.samplesPerPixel) * std::uint64_t(d.layout.bitsAllocated);
}

std::string unpackNativeFrame(const std::uint8_t* stored, std::size_t storedSize,
                              unsigned bitOffset, bool bigEndian, const PixelDescription& d,
                              std::uint8_t* out, std::size_t outSize) {
    const FrameLayout& s = d.layout;
    const FrameLayout o = d.decodedLayout();
    if (outSize < o.frameBytes())
        return "output buffer too small";
    const std::size_t pixels = std::size_t(s.rows) * std::size_t(s.columns);
    const std::uint64_t bits = nativeFrameBits(d);
    if (std::uint64_t(bitOffset) + bits > std::uint64_t(storedSize) * 8)
        return "Pixel Data holds " + std::to_string(storedSize) + " bytes, a frame needs " +
               std::to_string((bits + 7) / 8);

    if (s.bitsAllocated == 1) { // packed least significant bit first (PS3.5 8.1.1)
        for (std::size_t i = 0; i < pixels; ++i) {
            const std::uint64_t bit = bitOffset + i;
            out[i] = (stored[bit >> 3] >> (bit & 7)) & 1;
        }
        return {};
    }
    const int bytes = s.bitsAllocated / 8;
    const BitWindow window(d);

    if (d.photometric == "YBR_FULL_422" && s.samplesPerPixel == 3 && bytes == 1) {
        // Two pixels share Cb and Cr: Y1 Y2 Cb Cr (PS3.3 C.7.6.3.1.2).
        for (std::size_t i = 0; i < pixels; i += 2) {
            const std::uint8_t* q = stored + 2 * i;
            for (std::size_t k = 0; k < 2 && i + k < pixels; ++k) {
                out[3 * (i + k)] = q[k];
                out[3 * (i + k) + 1] = q[2];
                out[3 * (i + k) + 2] = q[3];
            }
        }
        ybrFullToRgb(out, pixels, 8);
        return {};
    }

    const std::size_t samples = pixels * std::size_t(s.samplesPerPixel);
    const bool planar = s.samplesPerPixel == 3 && d.planarConfiguration == 1;
    const bool hostLittle = std::endian::native == std::endian::little;
    if (d.palette) {
        // Indexes first (into a scratch row-sized pass), then through the tables.
        std::vector<std::uint8_t> indexes(samples * std::size_t(bytes));
        for (std::size_t i = 0; i < samples; ++i)
            writeSample(indexes.data(), i, bytes,
                        window.apply(rawSample(stored + i * std::size_t(bytes), bytes, bigEndian)));
        return applyPalette(indexes.data(), bytes, window.isSigned, pixels, d, out);
    }
    const bool plainCopy =
        !planar && bigEndian == !hostLittle && window.shift == 0 && s.bitsStored == s.bitsAllocated;
    if (plainCopy) {       // the common case (16-bit CT with Bits Stored 16, 8-bit RGB): no work
        if (out != stored) // decoders read straight into the output and finish in place
            std::memmove(out, stored, samples * std::size_t(bytes));
    } else if (!planar && bytes == 2 && !bigEndian && hostLittle && window.shift == 0) {
        // 12-bit CT and its kind: mask and sign-extend, a loop the compiler vectorises.
        const int spare = 16 - s.bitsStored;
        auto* dst = reinterpret_cast<std::uint16_t*>(out);
        const auto* src = reinterpret_cast<const std::uint16_t*>(stored);
        if (window.isSigned)
            for (std::size_t i = 0; i < samples; ++i)
                dst[i] = static_cast<std::uint16_t>(
                    static_cast<std::int16_t>(static_cast<std::uint16_t>(src[i] << spare)) >>
                    spare);
        else
            for (std::size_t i = 0; i < samples; ++i)
                dst[i] = static_cast<std::uint16_t>(src[i] & window.mask);
    } else {
        const std::size_t plane = pixels;
        for (std::size_t i = 0; i < samples; ++i) {
            // Interleaved sample i = pixel p, channel c; planar data keeps channel c's plane.
            const std::size_t source = planar ? (i % 3) * plane + i / 3 : i;
            writeSample(
                out, i, bytes,
                window.apply(rawSample(stored + source * std::size_t(bytes), bytes, bigEndian)));
        }
    }
    if (isYbrFull(d.photometric) && s.samplesPerPixel == 3) {
        if (bytes == 1)
            ybrFullToRgb(out, pixels, s.bitsStored);
        else if (bytes == 2)
            ybrFullToRgb(reinterpret_cast<std::uint16_t*>(out), pixels, s.bitsStored);
    }
    return {};
}

std::string finishDecodedFrame(const std::uint8_t* in, std::size_t inSize,
                               const std::string& photometric, const PixelDescription& d,
                               std::uint8_t* out, std::size_t outSize) {
    const FrameLayout& s = d.layout;
    const FrameLayout o = d.decodedLayout();
    const std::size_t pixels = std::size_t(s.rows) * std::size_t(s.columns);
    const int bytes = s.bitsAllocated / 8;
    if (outSize < o.frameBytes())
        return "output buffer too small";
    if (photometric == "PALETTE COLOR" && d.palette) {
        if (inSize < pixels * std::size_t(bytes))
            return "decoded frame too small";
        return applyPalette(in, bytes, s.pixelRepresentation == 1, pixels, d, out);
    }
    const std::size_t size = o.frameBytes();
    if (inSize < size)
        return "decoded frame too small";
    if (in != out)
        std::memmove(out, in, size);
    if (isYbrFull(photometric) && o.samplesPerPixel == 3) {
        if (bytes == 1)
            ybrFullToRgb(out, pixels, s.bitsStored);
        else if (bytes == 2)
            ybrFullToRgb(reinterpret_cast<std::uint16_t*>(out), pixels, s.bitsStored);
    }
    return {};
}

} // namespace pellucid
