#include "core/codec/Jpeg2000Decoder.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace pellucid {
namespace {

struct MemoryStream {
    const std::uint8_t* data;
    std::size_t size;
    std::size_t pos;
};

OPJ_SIZE_T readStream(void* buffer, OPJ_SIZE_T n, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (s->pos >= s->size)
        return static_cast<OPJ_SIZE_T>(-1);
    const std::size_t k = std::min<std::size_t>(n, s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, k);
    s->pos += k;
    return k;
}

OPJ_OFF_T skipStream(OPJ_OFF_T n, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    const auto target = static_cast<long long>(s->pos) + n;
    if (target < 0 || static_cast<unsigned long long>(target) > s->size)
        return -1;
    s->pos = static_cast<std::size_t>(target);
    return n;
}

OPJ_BOOL seekStream(OPJ_OFF_T n, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (n < 0 || static_cast<unsigned long long>(n) > s->size)
        return OPJ_FALSE;
    s->pos = static_cast<std::size_t>(n);
    return OPJ_TRUE;
}

void collectError(const char* message, void* user) {
    auto* errors = static_cast<std::string*>(user);
    if (errors->empty() && message) {
        *errors = message;
        while (!errors->empty() && (errors->back() == '\n' || errors->back() == ' '))
            errors->pop_back();
    }
}

void ignore(const char*, void*) {}

struct CodecDeleter {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

bool isJp2(const std::uint8_t* d, std::size_t n) {
    static constexpr std::uint8_t kSignature[] = {0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20};
    return n >= 8 && std::equal(std::begin(kSignature), std::end(kSignature), d);
}

std::string decode(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                   std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info) {
    if (!data || size < 4)
        return "empty JPEG 2000 stream";
    if (outSize < expected.frameBytes())
        return "output buffer too small";
    if (expected.bitsAllocated != 8 && expected.bitsAllocated != 16 && expected.bitsAllocated != 32)
        return "JPEG 2000 into " + std::to_string(expected.bitsAllocated) + "-bit samples";
    OPJ_CODEC_FORMAT format;
    if (data[0] == 0xFF && data[1] == 0x4F)
        format = OPJ_CODEC_J2K;
    else if (isJp2(data, size))
        format = OPJ_CODEC_JP2;
    else
        return "not a JPEG 2000 codestream";

    std::string error;
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
    if (!codec)
        return "OpenJPEG cannot create a decoder";
    opj_set_error_handler(codec.get(), collectError, &error);
    opj_set_warning_handler(codec.get(), ignore, nullptr);
    opj_set_info_handler(codec.get(), ignore, nullptr);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return "OpenJPEG set-up failed: " + error;

    MemoryStream memory{data, size, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(1 << 16, OPJ_TRUE));
    if (!stream)
        return "OpenJPEG cannot create a stream";
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), size);
    opj_stream_set_read_function(stream.get(), readStream);
    opj_stream_set_skip_function(stream.get(), skipStream);
    opj_stream_set_seek_function(stream.get(), seekStream);

    opj_image_t* raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return "JPEG 2000 header: " + (error.empty() ? std::string("unreadable") : error);
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    if (!opj_decode(codec.get(), stream.get(), image.get()) ||
        !opj_end_decompress(codec.get(), stream.get()))
        return "JPEG 2000 decoding failed: " +
               (error.empty() ? std::string("corrupt data") : error);

    const auto samples = static_cast<OPJ_UINT32>(expected.samplesPerPixel);
    if (image->numcomps < samples)
        return "the codestream has " + std::to_string(image->numcomps) + " components, " +
               std::to_string(samples) + " expected";
    for (OPJ_UINT32 c = 0; c < samples; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (comp.w != static_cast<OPJ_UINT32>(expected.columns) ||
            comp.h != static_cast<OPJ_UINT32>(expected.rows) || comp.dx != 1 || comp.dy != 1 ||
            !comp.data)
            return "the codestream is " + std::to_string(comp.w) + " x " + std::to_string(comp.h) +
                   ", the header says " + std::to_string(expected.columns) + " x " +
                   std::to_string(expected.rows);
        if (comp.prec < 1 || comp.prec > static_cast<OPJ_UINT32>(expected.bitsAllocated))
            return "component precision " + std::to_string(comp.prec) +
                   " does not fit Bits Allocated " + std::to_string(expected.bitsAllocated);
    }

    const std::size_t pixels = std::size_t(expected.rows) * std::size_t(expected.columns);
    const bool headerSigned = expected.pixelRepresentation == 1;
    for (OPJ_UINT32 c = 0; c < samples; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        const OPJ_INT32* src = comp.data;
        const bool reinterpret = headerSigned && !comp.sgnd;
        const std::int64_t half = std::int64_t(1) << (comp.prec - 1);
        const std::int64_t full = std::int64_t(1) << comp.prec;
        for (std::size_t p = 0; p < pixels; ++p) {
            std::int64_t v = src[p];
            if (reinterpret && v >= half)
                v -= full;
            const std::size_t i = p * samples + c;
            switch (expected.bitsAllocated) {
            case 8:
                out[i] = static_cast<std::uint8_t>(v);
                break;
            case 16: {
                const auto w = static_cast<std::uint16_t>(v);
                std::memcpy(out + 2 * i, &w, 2);
                break;
            }
            default: {
                const auto w = static_cast<std::uint32_t>(v);
                std::memcpy(out + 4 * i, &w, 4);
                break;
            }
            }
        }
    }
    if (info) {
        info->photometricInterpretation.clear();
        if (samples == 3)
            if (opj_codestream_info_v2_t* cs = opj_get_cstr_info(codec.get())) {
                if (cs->m_default_tile_info.mct != 0)
                    info->photometricInterpretation = "RGB";
                opj_destroy_cstr_info(&cs);
            }
    }
    return {};
}

} // namespace

std::string decodeJpeg2000(const std::uint8_t* data, std::size_t size, const FrameLayout& expected,
                           std::uint8_t* out, std::size_t outSize, DecodedFrameInfo* info) {
    try {
        return decode(data, size, expected, out, outSize, info);
    } catch (...) {
        return "JPEG 2000 decoding failed";
    }
}

} // namespace pellucid
