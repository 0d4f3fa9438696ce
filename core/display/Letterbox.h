#pragma once

#include "core/pstate/DisplayImage.h"

namespace pellucid {

// `image` fitted into exactly width x height, centered on black: scaled to the largest size
// that fits, its pixels `aspect` times as wide as high (the pixel aspect ratio) so that
// non-square pixels keep their shape. Each output pixel is the bilinear interpolation of the
// image at its center exactly as QPainter's smooth image transform computes it (16.16 fixed
// point positions, 8-bit weights, truncated), so thumbnails and `pellucid-cli render --size`
// look as they did when Qt drew them.
DisplayImage letterbox(const DisplayImage& image, int width, int height, double aspect = 1.0);

} // namespace pellucid
