#pragma once

#include "core/pixel/SliceGeometry.h"

#include <string>

namespace pellucid {

// Patient orientation letters of a direction in the DICOM patient system (LPS): +x "L", -x "R",
// +y "P", -y "A", +z "H", -z "F". Components are listed by decreasing magnitude, each only when
// its magnitude (of the normalised direction) exceeds kObliquityThreshold; at most 3 letters.
// "" for a zero or non-finite direction.
//
// 0.25 is the sine of about 14.5 degrees: a plane tilted less than that from an axis keeps a
// single letter (small positioning and gantry tilts do not change which side of the patient an
// edge shows), while a genuinely oblique plane gets two or three letters, the dominant first.
inline constexpr double kObliquityThreshold = 0.25;
std::string orientationLabel(const Vector3& direction);

// The letters at the four edges of an image shown unrotated and unflipped: the right edge is
// the +row direction (Image Orientation's first triplet), the bottom edge the +column direction.
struct EdgeLabels {
    std::string left, right, top, bottom;
};
EdgeLabels edgeLabels(const Vector3& rowDirection, const Vector3& columnDirection);

} // namespace pellucid
