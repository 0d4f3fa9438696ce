#include "core/codec/JpegLsDecoder.h"

#include <charls/charls.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

namespace pellucid {

namespace {

struct DecoderDeleter {
    void operator()(charls_jpegls_decoder* d) const { charls_jpegls_decoder_destroy(d); }
};
using DecoderPtr = std::unique_ptr<charls_jpegls_decoder, DecoderDeleter>;

std::string charlsError(const char* step, charls_jpegls_errc error) {
    return std::string("JPEG-LS ") + step + ": " + charls_get_error_message(error);
}

std::string layoutProblem(const FrameLayout& e) {
    if (e.rows <= 0 || e.columns <= 0 || e.rows > 65535 || e.columns > 65535)
        return "Rows/Columns " + std::to_string(e.rows) + "x" + std::to_string(e.columns) +
               " cannot be JPEG-LS";
    if (e.samplesPerPixel < 1 || e.samplesPerPixel > 255)
        return "Samples per Pixel " + std::to_string(e.samplesPerPixel) + " cannot be JPEG-LS";
    if (e.bitsAllocated != 8 && e.bitsAllocated != 16 && e.bitsAllocated != 32)
        return "Bits Allocated " + std::to_string(e.bitsAllocated) + " cannot be JPEG-LS";
    // JPEG-LS carries 2 to 16 bits a sample (ISO 14495-1 C.2.2).
    if (e.bitsStored < 2 || e.bitsStored > 16 || e.bitsStored > e.bitsAllocated)
        return "Bits Stored " + std::to_string(e.bitsStored) + " in " +
               std::to_string(e.bitsAllocated) + " allocated cannot be JPEG-LS";
    return {};
}

// Unaligned-safe sample access: `out` is a byte buffer of the caller's, with no promise of
// alignment.
template <typename T> T load(const std::uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <typename T> void store(std::uint8_t* p, T v) {
    std::memcpy(p, &v, sizeof v);
}

// Brings a decoded value to the FrameLayout convention: only the low `bits` are the sample
// (a stream may carry more bits than Bits Stored), two's complement from the top one when signed.
struct SampleFix {
    std::uint32_t mask = 0xFFFFFFFFu;
    std::uint32_t signBit = 0; // 0: unsigned
    std::uint32_t operator()(std::uint32_t v) const {
        v &= mask;
        return signBit != 0 ? (v ^ signBit) - signBit : v;
    }
};

// Samples decoded straight into `out` keep their container; only their value may need fixing.
template <typename T> void fixInPlace(std::uint8_t* out, std::size_t samples, SampleFix fix) {
    for (std::size_t i = 0; i < samples; ++i) {
        std::uint8_t* p = out + i * sizeof(T);
        store<T>(p, static_cast<T>(fix(load<T>(p))));
    }
}

// From CharLS's buffer (planar for interleave mode none, else by pixel; 1 or 2 bytes a sample)
// to the FrameLayout container, interleaving, widening and fixing values in one pass.
template <typename In, typename Out>
void rearrange(const std::uint8_t* in, std::uint8_t* out, std::size_t pixels, std::size_t comps,
               bool planar, SampleFix fix) {
    for (std::size_t p = 0; p < pixels; ++p)
        for (std::size_t c = 0; c < comps; ++c) {
            const std::size_t from = planar ? c * pixels + p : p * comps + c;
            const In v = load<In>(in + from * sizeof(In));
            store<Out>(out + (p * comps + c) * sizeof(Out), static_cast<Out>(fix(v)));
        }
}

template <typename In>
void rearrangeTo(int bitsAllocated, const std::uint8_t* in, std::uint8_t* out, std::size_t pixels,
                 std::size_t comps, bool planar, SampleFix fix) {
    switch (bitsAllocated) {
    case 8:
        rearrange<In, std::uint8_t>(in, out, pixels, comps, planar, fix);
        break;
    case 16:
        rearrange<In, std::uint16_t>(in, out, pixels, comps, planar, fix);
        break;
    default:
        rearrange<In, std::uint32_t>(in, out, pixels, comps, planar, fix);
        break;
    }
}

std::string decode(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                   std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info) {
    if (info)
        info->photometricInterpretation.clear();
    if (!data || size == 0)
        return std::string("empty JPEG-LS stream");
    if (std::string problem = layoutProblem(expected); !problem.empty())
        return problem;
    const std::size_t frameBytes = expected.frameBytes();
    if (!out || outSize < frameBytes)
        return "output buffer of " + std::to_string(outSize) + " bytes is smaller than the " +
               std::to_string(frameBytes) + " bytes of a frame";

    // CharLS 2.4 spends seconds on some truncated streams before it fails (measured: 6 s for a
    // 64x64 frame cut at byte 94); a complete stream ends with EOI, perhaps followed by the zero
    // byte that pads odd lengths (PS3.5 A.4), so a missing EOI is rejected before decoding.
    std::size_t end = size;
    while (end > 0 && size - end < 8 && data[end - 1] == 0)
        --end;
    if (end < 4 || data[end - 2] != 0xFF || data[end - 1] != 0xD9)
        return std::string("JPEG-LS stream is truncated (no EOI marker at its end)");

    DecoderPtr decoder(charls_jpegls_decoder_create());
    if (!decoder)
        return std::string("cannot create a JPEG-LS decoder");
    if (auto e = charls_jpegls_decoder_set_source_buffer(decoder.get(), data, size);
        e != charls_jpegls_errc::success)
        return charlsError("source", e);
    if (auto e = charls_jpegls_decoder_read_header(decoder.get()); e != charls_jpegls_errc::success)
        return charlsError("header", e);

    charls_frame_info frame{};
    charls_interleave_mode interleave{};
    charls_color_transformation transform{};
    if (auto e = charls_jpegls_decoder_get_frame_info(decoder.get(), &frame);
        e != charls_jpegls_errc::success)
        return charlsError("frame info", e);
    if (auto e = charls_jpegls_decoder_get_interleave_mode(decoder.get(), &interleave);
        e != charls_jpegls_errc::success)
        return charlsError("interleave mode", e);
    if (auto e = charls_jpegls_decoder_get_color_transformation(decoder.get(), &transform);
        e != charls_jpegls_errc::success)
        return charlsError("color transformation", e);

    // The stream's precision P may differ from Bits Stored: DCMTK's default ("raw") encoder
    // writes the whole 16-bit container (P 16 for Bits Stored 12), other encoders the bits in
    // use. Either way the samples fit the container, which is all decoding needs.
    if (frame.width != static_cast<std::uint32_t>(expected.columns) ||
        frame.height != static_cast<std::uint32_t>(expected.rows) ||
        frame.component_count != expected.samplesPerPixel ||
        frame.bits_per_sample > expected.bitsAllocated)
        return "JPEG-LS stream is " + std::to_string(frame.width) + "x" +
               std::to_string(frame.height) + ", " + std::to_string(frame.component_count) +
               " component(s) of " + std::to_string(frame.bits_per_sample) +
               " bits; the header says " + std::to_string(expected.columns) + "x" +
               std::to_string(expected.rows) + ", " + std::to_string(expected.samplesPerPixel) +
               " sample(s) of " + std::to_string(expected.bitsStored) + " bits in " +
               std::to_string(expected.bitsAllocated);

    // CharLS applies the inverse HP transforms only to line- or sample-interleaved streams; with
    // separate component scans it ignores the marker, and the samples might still be transformed.
    const bool transformed =
        transform != charls_color_transformation::none && frame.component_count > 1;
    if (transformed && (frame.component_count != 3 || interleave == charls_interleave_mode::none))
        return "JPEG-LS HP color transformation " + std::to_string(static_cast<int>(transform)) +
               " on " + std::to_string(frame.component_count) +
               (interleave == charls_interleave_mode::none ? " separately coded" : "") +
               " components is not supported";

    // CharLS delivers 1 byte a sample up to 8 bits, else 2; planar when not interleaved.
    const std::size_t charlsSampleBytes = frame.bits_per_sample <= 8 ? 1 : 2;
    const std::size_t pixels = std::size_t{frame.width} * frame.height;
    const std::size_t comps = static_cast<std::size_t>(frame.component_count);
    const std::size_t charlsBytes = pixels * comps * charlsSampleBytes;
    const bool planar = interleave == charls_interleave_mode::none && comps > 1;
    const bool aligned = reinterpret_cast<std::uintptr_t>(out) % charlsSampleBytes == 0;
    const bool direct = !planar && aligned && charlsSampleBytes == expected.bytesPerSample();

    std::vector<std::uint8_t> scratch;
    std::uint8_t* target = out;
    if (!direct) {
        scratch.resize(charlsBytes);
        target = scratch.data();
    }
    // stride 0: rows packed, which is also what CharLS assumes for the planes of mode none.
    if (auto e = charls_jpegls_decoder_decode_to_buffer(decoder.get(), target, charlsBytes, 0);
        e != charls_jpegls_errc::success)
        return charlsError("decoding", e);

    // JPEG-LS knows no sign: signed samples come back as P-bit two's complement when P is at
    // most Bits Stored, else as the container the encoder saw, whose bits above Bits Stored
    // are undefined (PS3.5 8.1.1).
    const int bits = std::min(frame.bits_per_sample, expected.bitsStored);
    SampleFix fix;
    fix.mask = (std::uint32_t{1} << bits) - 1;
    if (expected.pixelRepresentation == 1)
        fix.signBit = std::uint32_t{1} << (bits - 1);
    const int containerBits = expected.bitsAllocated;
    const bool needsFix =
        frame.bits_per_sample > bits || (expected.pixelRepresentation == 1 && bits < containerBits);
    if (direct) {
        if (needsFix && charlsSampleBytes == 1)
            fixInPlace<std::uint8_t>(out, pixels * comps, fix);
        else if (needsFix)
            fixInPlace<std::uint16_t>(out, pixels * comps, fix);
    } else if (charlsSampleBytes == 1) {
        rearrangeTo<std::uint8_t>(expected.bitsAllocated, target, out, pixels, comps, planar, fix);
    } else {
        rearrangeTo<std::uint16_t>(expected.bitsAllocated, target, out, pixels, comps, planar, fix);
    }
    // CharLS has undone HP1/HP2/HP3 by now (it fails the decode for the bit depths it cannot),
    // so the samples are RGB whatever color model the header claims.
    if (info && transformed)
        info->photometricInterpretation = "RGB";
    return {};
}

} // namespace

std::string decodeJpegLs(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                         std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info) {
    try {
        return decode(data, size, expected, out, outSize, info);
    } catch (...) {
        // Short enough for the small-string buffer: no allocation when memory ran out.
        return std::string("out of memory");
    }
}

} // namespace pellucid
