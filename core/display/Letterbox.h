#pragma once

#include "core/display/DisplayImage.h"

namespace pellucid {

// `image` fitted into exactly width x height, centered on black: scaled to the largest size
// that fits, its pixels `aspect` times as wide as high (the pixel aspect ratio) so that
// non-square pixels keep their shape. Each output pixel is the bilinear interpolation of the
// image at its center, rounded to the nearest level.
DisplayImage letterbox(const DisplayImage& image, int width, int height, double aspect = 1.0);

} // namespace pellucid
