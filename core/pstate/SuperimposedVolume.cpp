#include "core/pstate/SuperimposedVolume.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pellucid {

SuperimposedVolume SuperimposedVolume::of(std::vector<Slice> slices,
                                          std::vector<std::string>& problems) {
    SuperimposedVolume volume;
    if (slices.empty())
        return volume;
    volume.normal_ = slices.front().grid.normal();
    for (Slice& slice : slices) {
        const std::size_t needed = std::size_t(slice.grid.columns) * std::size_t(slice.grid.rows);
        if (slice.values.size() != needed || needed == 0) {
            problems.push_back("a superimposed slice whose pixels do not fill its grid; left out");
            continue;
        }
        if (std::abs(dot(slice.grid.normal(), volume.normal_)) < 0.999) {
            problems.push_back("a superimposed slice not parallel to the others; left out");
            continue;
        }
        volume.slices_.push_back(std::move(slice));
    }
    std::sort(volume.slices_.begin(), volume.slices_.end(), [&](const Slice& a, const Slice& b) {
        return dot(a.grid.origin, volume.normal_) < dot(b.grid.origin, volume.normal_);
    });
    for (const Slice& slice : volume.slices_)
        volume.offsets_.push_back(dot(slice.grid.origin, volume.normal_));
    // Half the usual distance between slices (the median, so that a gap does not widen every
    // slice); a single slice reaches half its thickness, else half its pixel spacing.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < volume.offsets_.size(); ++i)
        if (volume.offsets_[i] - volume.offsets_[i - 1] > 1e-6)
            gaps.push_back(volume.offsets_[i] - volume.offsets_[i - 1]);
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
        volume.reach_ = gaps[gaps.size() / 2] / 2;
    } else if (!volume.slices_.empty()) {
        const Slice& only = volume.slices_.front();
        volume.reach_ = only.thickness > 0
                            ? only.thickness / 2
                            : std::max(only.grid.rowSpacing, only.grid.columnSpacing) / 2;
    }
    return volume;
}

std::optional<double> SuperimposedVolume::valueAt(const Vector3& point) const {
    if (slices_.empty())
        return std::nullopt;
    const double along = dot(point, normal_);
    const auto above = std::lower_bound(offsets_.begin(), offsets_.end(), along);
    std::size_t nearest = std::size_t(above - offsets_.begin());
    if (nearest == offsets_.size() ||
        (nearest > 0 && along - offsets_[nearest - 1] < offsets_[nearest] - along))
        nearest = nearest == 0 ? 0 : nearest - 1;
    if (std::abs(offsets_[nearest] - along) > reach_ + 1e-6)
        return std::nullopt;
    const Slice& slice = slices_[nearest];
    const auto [u, v] = slice.grid.pixelOf(point);
    const int columns = slice.grid.columns, rows = slice.grid.rows;
    // Pixel (c, r) covers [c - 0.5, c + 0.5) x [r - 0.5, r + 0.5).
    if (u < -0.5 || v < -0.5 || u >= columns - 0.5 || v >= rows - 0.5)
        return std::nullopt;
    const double fu = std::floor(u), fv = std::floor(v);
    const double wu = u - fu, wv = v - fv;
    auto at = [&](double c, double r) {
        const int x = std::clamp(int(c), 0, columns - 1), y = std::clamp(int(r), 0, rows - 1);
        return double(slice.values[std::size_t(y) * std::size_t(columns) + std::size_t(x)]);
    };
    return (1 - wv) * ((1 - wu) * at(fu, fv) + wu * at(fu + 1, fv)) +
           wv * ((1 - wu) * at(fu, fv + 1) + wu * at(fu + 1, fv + 1));
}

std::pair<double, double> SuperimposedVolume::range() const {
    double low = 0, high = 0;
    bool first = true;
    for (const Slice& slice : slices_)
        for (float value : slice.values) {
            low = first ? value : std::min(low, double(value));
            high = first ? value : std::max(high, double(value));
            first = false;
        }
    return {low, high};
}

} // namespace pellucid
