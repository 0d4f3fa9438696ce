#include "core/display/Orientation.h"

#include <algorithm>
#include <cmath>

namespace pellucid {

std::string orientationLabel(const Vector3& direction) {
    const double l = length(direction);
    if (!std::isfinite(l) || l < 1e-9)
        return {};
    struct Axis {
        double value;
        char positive, negative;
    };
    Axis axes[3] = {
        {direction[0] / l, 'L', 'R'}, {direction[1] / l, 'P', 'A'}, {direction[2] / l, 'H', 'F'}};
    std::stable_sort(std::begin(axes), std::end(axes), [](const Axis& a, const Axis& b) {
        return std::abs(a.value) > std::abs(b.value);
    });
    std::string label;
    for (const Axis& axis : axes)
        if (std::abs(axis.value) > kObliquityThreshold)
            label.push_back(axis.value > 0 ? axis.positive : axis.negative);
    return label;
}

EdgeLabels edgeLabels(const Vector3& rowDirection, const Vector3& columnDirection) {
    const Vector3 left{-rowDirection[0], -rowDirection[1], -rowDirection[2]};
    const Vector3 top{-columnDirection[0], -columnDirection[1], -columnDirection[2]};
    return {orientationLabel(left), orientationLabel(rowDirection), orientationLabel(top),
            orientationLabel(columnDirection)};
}

} // namespace pellucid
