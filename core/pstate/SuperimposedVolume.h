#pragma once

#include "core/pstate/PlaneGrid.h"

#include <optional>
#include <string>
#include <vector>

namespace pellucid {

// The slices of the superimposed series of a Blending state (PS3.4 N.2.4), modality values in
// patient space, to be sampled at the pixel centers of the underlying image: the nearest slice
// along the normal (within half the distance between slices), bilinear within it. Outside the
// slices' extent there is no value: the superimposed image does not exist there and the
// underlying shows through (PS3.4 N.2.4.3).
class SuperimposedVolume {
public:
    struct Slice {
        PlaneGrid grid;
        std::vector<float> values; // grid.columns * grid.rows modality values, row by row
        double thickness = 0;      // Slice Thickness, for a series of one slice
    };

    // Orders the slices along the first one's normal; slices not parallel to it (or whose values
    // do not fill the grid) are left out and described in `problems`.
    static SuperimposedVolume of(std::vector<Slice> slices, std::vector<std::string>& problems);

    bool empty() const { return slices_.empty(); }
    std::optional<double> valueAt(const Vector3& point) const;
    // The smallest and largest value, for an input without VOI (values scaled over their range).
    std::pair<double, double> range() const;

private:
    std::vector<Slice> slices_;
    std::vector<double> offsets_; // each slice's origin along normal_, increasing
    Vector3 normal_{0, 0, 1};
    double reach_ = 0; // how far from a slice along the normal it still applies
};

} // namespace pellucid
