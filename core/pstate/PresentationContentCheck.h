#pragma once

#include "core/pstate/PresentationStateContent.h"

#include <QString>

namespace pellucid {

// What makes `content` unwritable, for people, before DCMTK sees it: no images or an image
// without a dataset, a rotation other than 0/90/180/270, a layer given twice, an annotation on
// a layer that is not given, a text without text, longer than an ST (1024 characters) or
// without anchor and box, a shape with the wrong number of points for its Graphic Type, an
// open shape filled (PS3.3 C.10.5.1.2). Empty when it can be written.
QString contentProblem(const PresentationStateContent& content);

} // namespace pellucid
