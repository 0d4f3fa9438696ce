#pragma once

#include "core/display/DisplayImage.h"

#include <QSize>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pellucid {

struct RenderRequest {
    int frame = 0;                                   // 0-based
    std::optional<std::pair<double, double>> window; // center, width; else the file's own
    QSize size;                                      // empty: one pixel a pixel
    bool overlays = true;                            // burn in 60xx overlays
};

struct RenderedFrame {
    DisplayImage image;
    QString windowUsed; // how the grey levels were chosen, e.g. "file window 1 of 2: 40/400"
};

// One frame as a radiologist should see it, through DCMTK's DicomImage pipeline: Modality LUT
// (rescale or LUT), VOI (the given window, else the file's first window, else its VOI LUT,
// else the frame's min/max), the Presentation LUT (MONOCHROME1 shown inverted), overlays burned
// in. Compressed frames are decoded by Pellucid's own decoders first, so every transfer syntax
// the viewer reads renders the same way. `size` letterboxes the image into exactly that size,
// respecting the pixel aspect ratio (see letterbox()).
std::variant<RenderedFrame, QString> renderFrame(const QString& file, const RenderRequest& request);

} // namespace pellucid
