#include "core/pstate/PresentationContentCheck.h"

#include "core/pstate/ContentLabel.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace pellucid {
namespace {

class PresentationStateText {
    Q_DECLARE_TR_FUNCTIONS(pellucid::PresentationStateWriter)
};

std::size_t utf8Characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool samePoint(const PixelPoint& a, const PixelPoint& b) {
    return a.column == b.column && a.row == b.row;
}

// PS3.3 C.10.5.1.2: how many points each Graphic Type takes, and which ones are closed.
QString checkShape(const GraphicShape& shape) {
    const std::size_t n = shape.points.size();
    bool countOk = false;
    bool closed = false;
    switch (shape.type) {
    case GraphicType::Point:
        countOk = n == 1;
        break;
    case GraphicType::Polyline:
    case GraphicType::Interpolated:
        countOk = n >= 2;
        closed = n >= 3 && samePoint(shape.points.front(), shape.points.back());
        break;
    case GraphicType::Circle:
        countOk = n == 2;
        closed = true;
        break;
    case GraphicType::Ellipse:
        countOk = n == 4;
        closed = true;
        break;
    }
    if (!countOk)
        return PresentationStateText::tr("a graphic object of this type cannot have %1 points")
            .arg(n);
    if (shape.filled && !closed)
        return PresentationStateText::tr("only closed graphic objects can be filled");
    return {};
}

QString checkText(const TextAnnotation& text) {
    if (text.text.empty())
        return PresentationStateText::tr("a text object has no text");
    if (utf8Characters(text.text) > 1024) // ST, PS3.5 Table 6.2-1
        return PresentationStateText::tr("a text object is longer than 1024 characters");
    if (!text.anchor && !text.box)
        return PresentationStateText::tr("a text object needs an anchor point or a bounding box");
    return {};
}

} // namespace

QString contentProblem(const PresentationStateContent& content) {
    if (content.images.empty())
        return PresentationStateText::tr("a presentation state needs at least one image");
    if (content.rotation != 0 && content.rotation != 90 && content.rotation != 180 &&
        content.rotation != 270)
        return PresentationStateText::tr("the rotation must be 0, 90, 180 or 270 degrees");
    std::set<std::string> layers;
    for (const GraphicLayerSpec& layer : content.layers)
        if (!layers.insert(codeStringOf(layer.name)).second)
            return PresentationStateText::tr("the graphic layer %1 is given twice")
                .arg(QString::fromStdString(layer.name));
    auto checkAnnotations = [&](const Annotations& annotations) -> QString {
        for (const TextAnnotation& text : annotations.texts) {
            if (!layers.count(codeStringOf(text.layer)))
                return PresentationStateText::tr("no graphic layer %1 for a text object")
                    .arg(QString::fromStdString(text.layer));
            if (QString error = checkText(text); !error.isEmpty())
                return error;
        }
        for (const GraphicShape& shape : annotations.graphics) {
            if (!layers.count(codeStringOf(shape.layer)))
                return PresentationStateText::tr("no graphic layer %1 for a graphic object")
                    .arg(QString::fromStdString(shape.layer));
            if (QString error = checkShape(shape); !error.isEmpty())
                return error;
        }
        return {};
    };
    if (QString error = checkAnnotations(content.annotations); !error.isEmpty())
        return error;
    for (const PresentationImage& image : content.images) {
        if (!image.dataset)
            return PresentationStateText::tr("an image has no dataset");
        if (QString error = checkAnnotations(image.annotations); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace pellucid
