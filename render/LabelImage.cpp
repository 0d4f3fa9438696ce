#include "render/LabelImage.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace pellucid {

namespace {

QFont overlayFont(int pixelSize) {
    QFont font = QGuiApplication::font();
    font.setPixelSize(std::max(1, pixelSize));
    return font;
}

// The glyphs over their own dark silhouette shifted one pixel in the eight directions: one text
// layout instead of nine.
QImage outlined(const QImage& glyphs) {
    QImage silhouette = glyphs;
    {
        QPainter painter(&silhouette);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(silhouette.rect(), QColor(0, 0, 0, 200));
    }
    QImage out(glyphs.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    for (int dy = -labelOutline; dy <= labelOutline; ++dy)
        for (int dx = -labelOutline; dx <= labelOutline; ++dx)
            if (dx != 0 || dy != 0)
                painter.drawImage(QPoint(dx, dy), silhouette);
    painter.drawImage(QPoint(0, 0), glyphs);
    return out;
}

} // namespace

QImage labelImage(const QString& text, const QColor& color, int pixelSize,
                  Qt::Alignment lineAlignment) {
    const QFont font = overlayFont(pixelSize);
    const QSizeF block = QFontMetricsF(font).size(0, text);
    const int width = int(std::ceil(block.width())), height = int(std::ceil(block.height()));
    if (text.isEmpty() || width <= 0 || height <= 0)
        return {};
    QImage glyphs(width + 2 * labelOutline, height + 2 * labelOutline,
                  QImage::Format_ARGB32_Premultiplied);
    glyphs.fill(Qt::transparent);
    {
        QPainter painter(&glyphs);
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(QRectF(labelOutline, labelOutline, width, height),
                         int(lineAlignment | Qt::AlignTop), text);
    }
    return outlined(glyphs);
}

QImage textBoxImage(QSize boxSize, const QRect& visible, const QString& text, const QColor& color,
                    int pixelSize, Qt::Alignment justification) {
    const QRect drawn = visible & QRect(QPoint(0, 0), boxSize);
    if (text.isEmpty() || drawn.isEmpty())
        return {};
    QImage glyphs(drawn.size(), QImage::Format_ARGB32_Premultiplied);
    glyphs.fill(Qt::transparent);
    {
        QPainter painter(&glyphs);
        painter.translate(-drawn.topLeft());
        painter.setFont(overlayFont(pixelSize));
        painter.setPen(color);
        QTextOption option(justification | Qt::AlignTop);
        // A word wider than the box is broken, not lost beyond its edge.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter.drawText(QRectF(labelOutline, labelOutline, boxSize.width() - 2 * labelOutline,
                                boxSize.height() - 2 * labelOutline),
                         text, option);
    }
    return outlined(glyphs);
}

} // namespace pellucid
