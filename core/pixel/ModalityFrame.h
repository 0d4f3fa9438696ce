#pragma once

#include "core/pixel/SeriesVolume.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace pellucid {

// The voxel type one frame's modality values take: integers that stay integers within int16
// after the rescale keep 16 bits (8 when the frame is plain unsigned bytes), others become
// float, color becomes RGB. A series takes the widest type of its frames (voxelTypeFor).
VoxelType modalityTypeOf(const PixelDescription& description, int frame);

// Converts stored values (in the decoded layout `layout`) to modality values of `type`
// (PS3.3 C.11.1: the Modality LUT when there is one, else value * slope + intercept), possibly
// in place: 8-bit input widening to 16 or 32 bits is walked backwards so that no value is
// overwritten before it is read.
void toModality(const std::uint8_t* in, const FrameLayout& layout, double slope, double intercept,
                VoxelType type, std::uint8_t* out, std::size_t pixels,
                const PaletteLut* modalityLut = nullptr);

// One frame decoded to modality values, as a SeriesVolume slice of the same type holds them.
struct ModalityFrame {
    int columns = 0, rows = 0;
    VoxelType type = VoxelType::Int16;
    std::vector<std::uint8_t> voxels;
};
std::variant<ModalityFrame, std::string> decodeModalityFrame(const InstancePixels& pixels,
                                                             int frame);

} // namespace pellucid
