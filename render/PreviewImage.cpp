#include "render/PreviewImage.h"

#include "core/dicom/DcmtkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmimage/diregist.h> // registers color image support with DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QCoreApplication>
#include <QFile>

#include <cstring>

#include <memory>

namespace pellucid {

QImage renderPreview(const QString& file, QSize maxSize, QString* error, unsigned long frame) {
    if (const std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty()) {
        *error = QString::fromStdString(dcmtk);
        return {};
    }
    auto image = std::make_unique<DicomImage>(QFile::encodeName(file).constData(),
                                              CIF_UsePartialAccessToPixelData, frame, 1);
    if (image->getStatus() != EIS_Normal) {
        *error = QCoreApplication::translate("pellucid::PreviewImage", "cannot display: %1")
                     .arg(QString::fromLatin1(DicomImage::getString(image->getStatus())));
        return {};
    }
    if (image->isMonochrome()) {
        if (image->getWindowCount() > 0)
            image->setWindow(0);
        else
            image->setMinMaxWindow();
    }
    const unsigned long w = image->getWidth(), h = image->getHeight();
    const QSize fitted =
        QSize(static_cast<int>(w), static_cast<int>(h))
            .scaled(maxSize.boundedTo(QSize(static_cast<int>(w), static_cast<int>(h))),
                    Qt::KeepAspectRatio);
    if (fitted.width() != static_cast<int>(w)) {
        std::unique_ptr<DicomImage> scaled(image->createScaledImage(
            static_cast<unsigned long>(fitted.width()), static_cast<unsigned long>(fitted.height()),
            1 /* interpolate */));
        if (scaled)
            image = std::move(scaled);
    }
    const int width = static_cast<int>(image->getWidth());
    const int height = static_cast<int>(image->getHeight());
    const bool mono = image->isMonochrome();
    QImage out(width, height, mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const auto* pixels = static_cast<const uchar*>(image->getOutputData(8, 0, 0));
    if (!pixels) {
        *error = QCoreApplication::translate("pellucid::PreviewImage", "no pixel data to display");
        return {};
    }
    const int bytesPerLine = width * (mono ? 1 : 3);
    for (int y = 0; y < height; ++y)
        std::memcpy(out.scanLine(y), pixels + static_cast<std::size_t>(y) * bytesPerLine,
                    static_cast<std::size_t>(bytesPerLine));
    return out;
}

} // namespace pellucid
