#pragma once

#include "core/pstate/DisplayImage.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace pellucid {

// A core DisplayImage as a QImage (Grayscale8 or RGB888), pixels copied.
QImage toQImage(const DisplayImage& image);

// A thumbnail or preview: the file's first frame rendered by renderFrame() and letterboxed
// into `size`, as `pellucid-cli render --size` makes it; a null image when the file cannot be
// rendered.
QImage renderThumbnail(const QString& file, QSize size);

} // namespace pellucid
