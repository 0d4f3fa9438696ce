#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace pellucid {

// Overlay text rasterised by Qt with the system's fonts, so that Qt's font fallback finds glyphs
// for every script (a CJK patient name takes them from Noto Sans CJK). The images are ARGB32
// premultiplied on a transparent background; every glyph has a one-pixel dark outline so that
// white text stays legible on a white image.

// The outline's width: a label image is the text's block plus this margin on every side.
constexpr int labelOutline = 1;

// A label: one line per '\n', each line placed by `lineAlignment` (Qt::AlignLeft, AlignHCenter
// or AlignRight) within the block as wide as the longest line. `pixelSize` is the font's em in
// device pixels.
QImage labelImage(const QString& text, const QColor& color, int pixelSize,
                  Qt::Alignment lineAlignment);

// A text box (PS3.3 C.10.5 Bounding Box): `text` word-wrapped in a box of `boxSize` device
// pixels, lines justified by `justification`, top-aligned, cut at the box's edges. Only the part
// `visible` (in the box's own coordinates) is drawn, so that a box zoomed far beyond the viewport
// costs no more than the viewport.
QImage textBoxImage(QSize boxSize, const QRect& visible, const QString& text, const QColor& color,
                    int pixelSize, Qt::Alignment justification);

} // namespace pellucid
