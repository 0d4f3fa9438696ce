#pragma once

#include "core/pixel/SeriesVolume.h"

#include <cstdint>
#include <cstring>

namespace pellucid {

// One slice of modality values as a SeriesVolume holds it, for measuring and windowing.
//
// Coordinates (used by everything in core/measure and core/display): continuous image
// coordinates x = column, y = row, with the CENTER of pixel (c, r) at (c, r), as DICOM's Image
// Position (Patient) is the center of the first pixel; pixel (c, r) covers
// [c - 0.5, c + 0.5) x [r - 0.5, r + 0.5). `data` is row-major, `width` pixels a row, no padding.
struct SliceSamples {
    const std::uint8_t* data = nullptr;
    VoxelType type = VoxelType::Int16;
    int width = 0;
    int height = 0;

    // The value of pixel (x, y), which must be inside the slice; for RGB the luma
    // 0.299 R + 0.587 G + 0.114 B.
    double valueAt(int x, int y) const {
        const std::size_t i = std::size_t(y) * std::size_t(width) + std::size_t(x);
        switch (type) {
        case VoxelType::UInt8:
            return data[i];
        case VoxelType::Int16: {
            std::int16_t v;
            std::memcpy(&v, data + 2 * i, 2);
            return v;
        }
        case VoxelType::Float32: {
            float v;
            std::memcpy(&v, data + 4 * i, 4);
            return v;
        }
        case VoxelType::Rgb8: {
            const std::uint8_t* p = data + 3 * i;
            return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
        }
        case VoxelType::Rgb16: {
            std::uint16_t p[3];
            std::memcpy(p, data + 6 * i, 6);
            return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
        }
        }
        return 0;
    }

    std::size_t pixelCount() const { return std::size_t(width) * std::size_t(height); }

    static SliceSamples of(const SeriesVolume& volume, int slice) {
        return {volume.slice(slice), volume.type(), volume.width(), volume.height()};
    }
};

} // namespace pellucid
