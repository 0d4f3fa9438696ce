#include "render/Thumbnail.h"

#include "core/display/FrameRenderer.h"

#include <cstring>

namespace pellucid {

QImage toQImage(const DisplayImage& image) {
    if (image.isNull())
        return {};
    QImage out(image.width, image.height,
               image.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const std::size_t lineBytes = std::size_t(image.width) * std::size_t(image.channels);
    for (int y = 0; y < image.height; ++y)
        std::memcpy(out.scanLine(y), image.pixels.data() + std::size_t(y) * lineBytes, lineBytes);
    return out;
}

QImage renderThumbnail(const QString& file, QSize size) {
    RenderRequest request;
    request.size = size;
    auto rendered = renderFrame(file, request);
    const auto* frame = std::get_if<RenderedFrame>(&rendered);
    return frame ? toQImage(frame->image) : QImage();
}

} // namespace pellucid
