#pragma once

#include "core/codec/FrameFragments.h"
#include "core/dicom/DatasetHeader.h"
#include "core/dicom/PixelDataLocation.h"
#include "core/pixel/PixelDescription.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <variant>

namespace pellucid {

// The pixel data of one DICOM instance, ready to decode frame by frame in every supported
// transfer syntax: native (implicit/explicit little endian, explicit big endian, deflated),
// RLE and the JPEG processes through DCMTK's codecs, JPEG-LS through CharLS, JPEG 2000 and
// HTJ2K through OpenJPEG. Frames come out in the FrameLayout convention of
// description().decodedLayout(): interleaved, host order, sign-extended, color as RGB.
// decodeFrame() may be called from several threads at once.
class InstancePixels {
public:
    static std::variant<std::unique_ptr<InstancePixels>, std::string>
    open(const std::filesystem::path& file);
    ~InstancePixels();

    const PixelDescription& description() const { return description_; }
    const std::filesystem::path& path() const { return path_; }
    FrameLayout decodedLayout() const { return description_.decodedLayout(); }
    int frameCount() const { return description_.numberOfFrames; }
    const std::string& transferSyntaxUid() const { return header_.transferSyntaxUid; }
    // The header as parsed (everything before Pixel Data), for geometry and presentation;
    // nullptr after releaseHeader().
    DcmDataset* dataset() const { return header_.file ? header_.file->getDataset() : nullptr; }
    // Frees what only opening needed and what decoding keeps between frames (the parsed
    // header, DCMTK's loaded data set, inflated bytes): a series loader holds a thousand of
    // these at once and must stay near the size of its voxels.
    void releaseHeader() { header_.file.reset(); }
    void releaseDecoderState() const;

    // Decodes frame `frame` (0-based) into `out`, which holds decodedLayout().frameBytes().
    // Returns "" or why the frame cannot be decoded; never writes past `outSize`.
    std::string decodeFrame(int frame, std::uint8_t* out, std::size_t outSize) const;

    // The compressed bytes of a frame (all its fragments joined), for encapsulated data.
    std::variant<std::vector<std::uint8_t>, std::string> compressedFrame(int frame) const;

private:
    enum class Codec { Native, Inflate, Dcmtk, JpegLs, Jpeg2000 };
    InstancePixels() = default;
    std::string decodeNative(int frame, std::uint8_t* out, std::size_t outSize) const;
    std::string decodeWithDcmtk(int frame, std::uint8_t* out, std::size_t outSize) const;
    std::string decodeDirect(int frame, std::uint8_t* out, std::size_t outSize) const;

    std::filesystem::path path_;
    DatasetHeader header_;
    PixelDescription description_;
    PixelDataLocation location_;
    std::vector<FragmentSpan> frames_;
    Codec codec_ = Codec::Native;
    // DCMTK decodes from a fully loaded data set, which it must not share between threads.
    mutable std::mutex dcmtkMutex_;
    mutable std::unique_ptr<DcmFileFormat> loaded_;
    mutable std::vector<std::uint8_t> inflated_; // deflated transfer syntax: all Pixel Data
};

} // namespace pellucid
