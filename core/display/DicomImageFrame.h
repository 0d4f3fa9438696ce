#pragma once

#include "core/display/FrameRenderer.h"
#include "core/pixel/InstancePixels.h"

#include <variant>

class DcmItem;

namespace pellucid {

// Whether a frame needs a LUT that core/display does not apply yet: a VOI LUT Sequence
// (PS3.3 C.11.2) that would be used because no window is given by the request or the header.
// Such frames still go through DCMTK's DicomImage.
bool needsDicomImage(DcmItem& dataset, const RenderRequest& request);

// One frame through DCMTK's DicomImage pipeline: Modality LUT, VOI (the given window, else the
// file's first window, else its first VOI LUT, else the frame's min/max), MONOCHROME1
// inverted, overlays burned in. Compressed frames are decoded by Pellucid's decoders first.
std::variant<RenderedFrame, QString> renderWithDicomImage(const QString& file,
                                                          const InstancePixels& pixels,
                                                          const RenderRequest& request);

} // namespace pellucid
