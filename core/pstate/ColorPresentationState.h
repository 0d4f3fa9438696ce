#pragma once

#include <memory>
#include <string>

class DcmDataset;

namespace pellucid {

// DCMTK's presentation state engine takes monochrome images only and writes Grayscale Softcopy
// Presentation States only. A Color Softcopy Presentation State (PS3.3 A.33.2) shares every
// module that matters here (references, shutters, displayed area, annotations, spatial
// transformation, layers) and differs in what it must not and must carry. So a colour image
// goes through the engine as a grey stand-in, and the state made for it is turned into a colour
// one afterwards.

// RGB, YBR_* and the like: everything but MONOCHROME1/2 and PALETTE COLOR.
bool isColourImage(DcmDataset& image);

// The image with its identity, size and frame count, but blank 8-bit MONOCHROME2 pixels.
std::unique_ptr<DcmDataset> greyStandIn(const DcmDataset& colourImage);

// Turns a GSPS written for grey stand-ins into a CSPS: its SOP Class, no Modality LUT, Softcopy
// VOI LUT or Presentation LUT (not part of A.33.2), the shutter's grey P-value also as a CIELab
// colour (C.11.12), and the ICC Profile Module (C.11.15) with an sRGB profile. Returns "" or
// what failed.
std::string makeColorSoftcopyState(DcmDataset& state);

} // namespace pellucid
