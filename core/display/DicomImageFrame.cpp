#include "core/display/DicomImageFrame.h"

#include "core/display/DefaultWindow.h"
#include "core/display/Letterbox.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmimage/diregist.h> // color support for DicomImage
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <memory>

namespace pellucid {
namespace {

class RenderText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::FrameRenderer)
};

bool hasItems(DcmItem& dataset, const DcmTagKey& tag) {
    DcmSequenceOfItems* sequence = nullptr;
    return dataset.findAndGetSequence(tag, sequence).good() && sequence && sequence->card() > 0;
}

bool isNative(const std::string& uid) {
    return uid == "1.2.840.10008.1.2" || uid == "1.2.840.10008.1.2.1" ||
           uid == "1.2.840.10008.1.2.2" || uid == "1.2.840.10008.1.2.1.99";
}

// A one-frame native copy of `source` holding `pixels` (decoded by Pellucid) in place of the
// compressed Pixel Data, so that DicomImage presents it exactly like a native file.
std::unique_ptr<DcmDataset> nativeCopy(DcmDataset& source, const InstancePixels& decoder, int frame,
                                       const std::vector<std::uint8_t>& pixels) {
    auto copy = std::make_unique<DcmDataset>(source);
    const FrameLayout l = decoder.decodedLayout();
    const PixelDescription& d = decoder.description();
    copy->findAndDeleteElement(DCM_PixelData);
    copy->findAndDeleteElement(DCM_ExtendedOffsetTable);
    copy->findAndDeleteElement(DCM_ExtendedOffsetTableLengths);
    copy->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(l.samplesPerPixel));
    copy->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(l.bitsAllocated));
    copy->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(l.bitsStored));
    copy->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(l.bitsStored - 1));
    copy->putAndInsertUint16(DCM_PixelRepresentation, static_cast<Uint16>(l.pixelRepresentation));
    if (l.samplesPerPixel == 3) {
        copy->putAndInsertString(DCM_PhotometricInterpretation, "RGB");
        copy->putAndInsertUint16(DCM_PlanarConfiguration, 0);
        if (d.palette) // the tables are applied already
            for (const DcmTagKey& tag :
                 {DCM_RedPaletteColorLookupTableDescriptor,
                  DCM_GreenPaletteColorLookupTableDescriptor,
                  DCM_BluePaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
                  DCM_GreenPaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData,
                  DCM_SegmentedRedPaletteColorLookupTableData,
                  DCM_SegmentedGreenPaletteColorLookupTableData,
                  DCM_SegmentedBluePaletteColorLookupTableData})
                copy->findAndDeleteElement(tag);
    }
    if (copy->tagExists(DCM_NumberOfFrames))
        copy->putAndInsertString(DCM_NumberOfFrames, "1");
    // Keep the chosen frame's functional groups only, or DicomImage would read frame 1's.
    DcmSequenceOfItems* perFrame = nullptr;
    if (copy->findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame).good() &&
        perFrame && static_cast<unsigned long>(frame) < perFrame->card()) {
        DcmItem* keep = perFrame->remove(static_cast<unsigned long>(frame));
        perFrame->clear();
        perFrame->insert(keep);
    }
    if (l.bitsAllocated == 8)
        copy->putAndInsertUint8Array(DCM_PixelData, pixels.data(),
                                     static_cast<unsigned long>(pixels.size()));
    else
        copy->putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16*>(pixels.data()),
                                      static_cast<unsigned long>(pixels.size() / 2));
    return copy;
}

QString chooseWindow(DicomImage& image, const RenderRequest& r) {
    if (r.window) {
        image.setWindow(r.window->first, r.window->second);
        return RenderText::tr("window %1/%2").arg(r.window->first).arg(r.window->second);
    }
    if (image.getWindowCount() > 0) {
        image.setWindow(0);
        double center = 0, width = 0;
        image.getWindow(center, width);
        return RenderText::tr("file window 1 of %1: %2/%3")
            .arg(image.getWindowCount())
            .arg(center)
            .arg(width);
    }
    if (image.getVoiLutCount() > 0) {
        image.setVoiLut(0);
        return RenderText::tr("file VOI LUT 1 of %1").arg(image.getVoiLutCount());
    }
    image.setMinMaxWindow();
    return RenderText::tr("minimum/maximum of the frame");
}

} // namespace

bool needsDicomImage(DcmItem& dataset, const RenderRequest& request) {
    if (request.window || !readFileWindows(dataset).windows.empty())
        return false;
    return hasItems(dataset, DCM_VOILUTSequence);
}

std::variant<RenderedFrame, QString>
renderWithDicomImage(const QString& file, const InstancePixels& pixels, const RenderRequest& r) {
    DcmFileFormat fileFormat;
    if (const OFCondition cond = fileFormat.loadFile(QFile::encodeName(file).constData());
        cond.bad())
        return RenderText::tr("cannot read %1: %2").arg(file, QString::fromLatin1(cond.text()));
    DcmDataset* dataset = fileFormat.getDataset();

    std::unique_ptr<DcmDataset> decoded;
    std::unique_ptr<DicomImage> image;
    const unsigned long flags = CIF_MayDetachPixelData;
    if (isNative(pixels.transferSyntaxUid())) {
        image = std::make_unique<DicomImage>(dataset, dataset->getOriginalXfer(), flags,
                                             static_cast<unsigned long>(r.frame), 1);
    } else {
        std::vector<std::uint8_t> buffer(pixels.decodedLayout().frameBytes());
        if (const std::string error = pixels.decodeFrame(r.frame, buffer.data(), buffer.size());
            !error.empty())
            return RenderText::tr("cannot decode: %1").arg(QString::fromStdString(error));
        decoded = nativeCopy(*dataset, pixels, r.frame, buffer);
        image = std::make_unique<DicomImage>(decoded.get(), EXS_LittleEndianExplicit, flags, 0, 1);
    }
    if (image->getStatus() != EIS_Normal)
        return RenderText::tr("cannot display: %1")
            .arg(QString::fromLatin1(DicomImage::getString(image->getStatus())));

    RenderedFrame out;
    if (image->isMonochrome())
        out.windowUsed = chooseWindow(*image, r);
    if (r.overlays)
        image->showAllOverlays();
    else
        image->hideAllOverlays();

    const int width = static_cast<int>(image->getWidth());
    const int height = static_cast<int>(image->getHeight());
    const bool mono = image->isMonochrome();
    const auto* data = static_cast<const std::uint8_t*>(image->getOutputData(8, 0, 0));
    if (!data)
        return RenderText::tr("DicomImage produced no output");
    DisplayImage frame;
    frame.width = width;
    frame.height = height;
    frame.channels = mono ? 1 : 3;
    frame.pixels.assign(data, data + std::size_t(width) * std::size_t(height) *
                                         std::size_t(frame.channels));
    if (r.size.isEmpty()) {
        out.image = std::move(frame);
        return out;
    }
    const double aspect = image->getWidthHeightRatio() > 0 ? image->getWidthHeightRatio() : 1.0;
    out.image = letterbox(frame, r.size.width(), r.size.height(), aspect);
    return out;
}

} // namespace pellucid
