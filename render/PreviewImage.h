#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace pellucid {

// A still picture of one frame of a DICOM image for browsing (series previews, thumbnails):
// DCMTK's DicomImage pipeline with the file's own window (first one given), else a min/max
// window, scaled to fit `maxSize`. A null QImage and `error` set when the file has no
// displayable pixels.
QImage renderPreview(const QString& file, QSize maxSize, QString* error, unsigned long frame = 0);

} // namespace pellucid
