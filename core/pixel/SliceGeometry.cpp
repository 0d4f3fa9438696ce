#include "core/pixel/SliceGeometry.h"

#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <cmath>

namespace pellucid {
namespace {

template <std::size_t N>
std::optional<std::array<double, N>> decimals(DcmItem& item, const DcmTagKey& tag) {
    std::array<double, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        Float64 v = 0;
        if (item.findAndGetFloat64(tag, v, static_cast<unsigned long>(i)).bad() ||
            !std::isfinite(v))
            return std::nullopt;
        values[i] = v;
    }
    return values;
}

} // namespace

std::optional<Vector3> SliceGeometry::normal() const {
    if (!rowDirection || !columnDirection)
        return std::nullopt;
    const Vector3 n = cross(*rowDirection, *columnDirection);
    const double l = length(n);
    if (l < 1e-6)
        return std::nullopt;
    return Vector3{n[0] / l, n[1] / l, n[2] / l};
}

SliceGeometry SliceGeometry::read(DcmItem& dataset) {
    SliceGeometry g;
    g.position = decimals<3>(dataset, DCM_ImagePositionPatient);
    if (const auto o = decimals<6>(dataset, DCM_ImageOrientationPatient)) {
        g.rowDirection = Vector3{(*o)[0], (*o)[1], (*o)[2]};
        g.columnDirection = Vector3{(*o)[3], (*o)[4], (*o)[5]};
    }
    if ((g.pixelSpacing = decimals<2>(dataset, DCM_PixelSpacing)))
        g.spacingSource = "PixelSpacing";
    else if ((g.pixelSpacing = decimals<2>(dataset, DCM_ImagerPixelSpacing)))
        g.spacingSource = "ImagerPixelSpacing";
    if (const auto t = decimals<1>(dataset, DCM_SliceThickness))
        g.sliceThickness = (*t)[0];
    const DicomText text(dataset, {});
    g.instanceNumber = text.integer(DCM_InstanceNumber);
    g.frameOfReferenceUid = text.code(DCM_FrameOfReferenceUID);
    return g;
}

} // namespace pellucid
