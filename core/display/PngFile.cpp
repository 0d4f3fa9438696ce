#include "core/display/PngFile.h"

#include <zlib.h>

#include <cstring>
#include <fstream>

namespace pellucid {
namespace {

void putBigEndian(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xFF));
}

// A PNG chunk: length, type, data, and the CRC of type and data (PNG spec 5.3).
void putChunk(std::string& out, const char* type, const std::string& data) {
    putBigEndian(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t typeAt = out.size();
    out.append(type, 4);
    out += data;
    const auto* crcStart = reinterpret_cast<const Bytef*>(out.data() + typeAt);
    putBigEndian(out, static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0), crcStart,
                                                       static_cast<uInt>(out.size() - typeAt))));
}

} // namespace

std::string writePng(const std::filesystem::path& file, const DisplayImage& image) {
    if (image.isNull() || (image.channels != 1 && image.channels != 3) ||
        image.pixels.size() !=
            std::size_t(image.width) * std::size_t(image.height) * std::size_t(image.channels))
        return "not an 8-bit grey or RGB image";
    // Each row starts with its filter type, 0 (none).
    const std::size_t rowBytes = std::size_t(image.width) * std::size_t(image.channels);
    std::string raw(std::size_t(image.height) * (rowBytes + 1), '\0');
    for (int y = 0; y < image.height; ++y)
        std::memcpy(raw.data() + std::size_t(y) * (rowBytes + 1) + 1,
                    image.pixels.data() + std::size_t(y) * rowBytes, rowBytes);
    uLongf packedSize = compressBound(static_cast<uLong>(raw.size()));
    std::string packed(packedSize, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize,
                  reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        return "cannot compress the image";
    packed.resize(packedSize);

    std::string header;
    putBigEndian(header, static_cast<std::uint32_t>(image.width));
    putBigEndian(header, static_cast<std::uint32_t>(image.height));
    header.push_back(8);                           // bit depth
    header.push_back(image.channels == 1 ? 0 : 2); // color type: grey, RGB
    header.append({'\0', '\0', '\0'});             // deflate, adaptive filters, no interlace
    std::string png("\x89PNG\r\n\x1a\n", 8);
    putChunk(png, "IHDR", header);
    putChunk(png, "IDAT", packed);
    putChunk(png, "IEND", {});

    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(png.data(), std::streamsize(png.size())) || !out.flush())
        return "cannot write " + file.string();
    return {};
}

} // namespace pellucid
