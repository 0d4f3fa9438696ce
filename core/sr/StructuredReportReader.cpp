#include "core/sr/StructuredReportReader.h"

#include "core/charset/DicomCharset.h"
#include "core/dicom/DcmtkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <map>

namespace pellucid {

namespace {

SrCode codeOf(const DSRCodedEntryValue& c, const DicomCharset& charset) {
    return {c.getCodeValue().c_str(), c.getCodingSchemeDesignator().c_str(),
            charset.toUtf8(c.getCodeMeaning().c_str())};
}

void readValue(DSRContentItem& item, const DicomCharset& charset, SrItem& out) {
    using T = DSRTypes;
    switch (item.getValueType()) {
    case T::VT_Text:
    case T::VT_Date:
    case T::VT_Time:
    case T::VT_DateTime:
    case T::VT_UIDRef:
        out.text = charset.toUtf8(item.getStringValue().c_str());
        break;
    case T::VT_PName:
        out.text = charset.toUtf8(item.getStringValue().c_str(), true);
        break;
    case T::VT_Code:
        out.code = codeOf(item.getCodeValue(), charset);
        break;
    case T::VT_Num: {
        const DSRNumericMeasurementValue& n = item.getNumericValue();
        out.text = n.getNumericValue().c_str();
        out.code = codeOf(n.getMeasurementUnit(), charset);
        break;
    }
    case T::VT_Image: {
        const DSRImageReferenceValue& image = item.getImageReference();
        out.referencedSopClass = image.getSOPClassUID().c_str();
        out.referencedSopInstance = image.getSOPInstanceUID().c_str();
        const DSRImageFrameList& frames = image.getFrameList();
        for (size_t i = 1; i <= frames.getNumberOfItems(); ++i)
            out.frames.push_back(int(frames.getItem(i)));
        out.presentationState = image.getPresentationState().getSOPInstanceUID().c_str();
        break;
    }
    case T::VT_Composite:
    case T::VT_Waveform: {
        const DSRCompositeReferenceValue& ref = item.getValueType() == T::VT_Composite
                                                    ? item.getCompositeReference()
                                                    : item.getWaveformReference();
        out.referencedSopClass = ref.getSOPClassUID().c_str();
        out.referencedSopInstance = ref.getSOPInstanceUID().c_str();
        break;
    }
    case T::VT_SCoord: {
        DSRSpatialCoordinatesValue& s = *item.getSpatialCoordinatesPtr();
        out.graphicType = T::graphicTypeToEnumeratedValue(s.getGraphicType());
        const DSRGraphicDataList& data = s.getGraphicDataList();
        for (size_t i = 1; i <= data.getNumberOfItems(); ++i) {
            out.graphicData.push_back(data.getItem(i).Column);
            out.graphicData.push_back(data.getItem(i).Row);
        }
        break;
    }
    case T::VT_SCoord3D: {
        DSRSpatialCoordinates3DValue& s = *item.getSpatialCoordinates3DPtr();
        out.graphicType = T::graphicType3DToEnumeratedValue(s.getGraphicType());
        out.frameOfReference = s.getFrameOfReferenceUID().c_str();
        const DSRGraphicData3DList& data = s.getGraphicDataList();
        for (size_t i = 1; i <= data.getNumberOfItems(); ++i) {
            out.graphicData.push_back(data.getItem(i).XCoord);
            out.graphicData.push_back(data.getItem(i).YCoord);
            out.graphicData.push_back(data.getItem(i).ZCoord);
        }
        break;
    }
    case T::VT_TCoord:
        out.graphicType = T::temporalRangeTypeToEnumeratedValue(
            item.getTemporalCoordinates().getTemporalRangeType());
        break;
    case T::VT_Container:
        out.text = item.getContinuityOfContent() == T::COC_Continuous ? "CONTINUOUS" : "SEPARATE";
        break;
    default:
        break;
    }
}

} // namespace

const SrItem* StructuredReport::find(const std::string& position) const {
    for (const SrItem& item : items)
        if (item.position == position)
            return &item;
    return nullptr;
}

std::variant<StructuredReport, std::string> readStructuredReport(DcmItem& dataset) {
    ensureDcmtkReady();
    DSRDocument document;
    // What dsrdump -Er -Ev -Ec -Ee accepts: a report is shown as far as it is valid.
    const size_t flags =
        DSRTypes::RF_acceptUnknownRelationshipType | DSRTypes::RF_acceptInvalidContentItemValue |
        DSRTypes::RF_ignoreRelationshipConstraints | DSRTypes::RF_ignoreContentItemErrors;
    const OFCondition status = document.read(dataset, flags);
    if (status.bad() && document.getTree().isEmpty())
        return std::string("not a structured report DCMTK can read: ") + status.text();
    StructuredReport report;
    if (status.bad())
        report.problems.push_back(std::string("read with errors: ") + status.text());
    OFString characterSets;
    document.getSpecificCharacterSet(characterSets, -1);
    const DicomCharset charset = DicomCharset::fromSpecificCharacterSet(characterSets.c_str());
    report.documentType = DSRTypes::documentTypeToReadableName(document.getDocumentType());
    OFString value;
    auto text = [&](OFCondition c) {
        return c.good() ? std::string(value.c_str()) : std::string();
    };
    report.sopClassUid = text(document.getSOPClassUID(value));
    report.sopInstanceUid = text(document.getSOPInstanceUID(value));
    report.seriesInstanceUid = text(document.getSeriesInstanceUID(value));
    report.studyInstanceUid = text(document.getStudyInstanceUID(value));
    report.contentDate = text(document.getContentDate(value));
    report.contentTime = text(document.getContentTime(value));
    report.completionFlag = DSRTypes::completionFlagToEnumeratedValue(document.getCompletionFlag());
    report.verificationFlag =
        DSRTypes::verificationFlagToEnumeratedValue(document.getVerificationFlag());
    for (size_t i = 1; i <= document.getNumberOfVerifyingObservers(); ++i) {
        OFString dateTime, name, organization;
        if (document.getVerifyingObserver(i, dateTime, name, organization).good())
            report.verifyingObservers.push_back(charset.toUtf8(name.c_str(), true) + ", " +
                                                charset.toUtf8(organization.c_str()) + ", " +
                                                dateTime.c_str());
    }
    DSRSOPInstanceReferenceList& predecessors = document.getPredecessorDocuments();
    if (predecessors.gotoFirstItem().good())
        do {
            OFString uid;
            predecessors.getSOPInstanceUID(uid);
            if (!uid.empty())
                report.predecessors.push_back(uid.c_str());
        } while (predecessors.gotoNextItem().good());

    DSRDocumentTree& tree = document.getTree();
    std::map<size_t, std::string> positions; // node ID -> position, for by-reference items
    std::vector<std::pair<std::size_t, size_t>> byReference; // item index, target node ID
    if (tree.gotoRoot() > 0) {
        do {
            DSRContentItem& item = tree.getCurrentContentItem();
            SrItem out;
            out.level = int(tree.getLevel());
            OFString position;
            out.position = tree.getPosition(position).c_str();
            positions[tree.getNodeID()] = out.position;
            out.relationship =
                item.getRelationshipType() == DSRTypes::RT_isRoot
                    ? std::string()
                    : DSRTypes::relationshipTypeToDefinedTerm(item.getRelationshipType());
            out.valid = item.isValid();
            if (item.getValueType() == DSRTypes::VT_byReference) {
                out.valueType = "by reference";
                byReference.emplace_back(report.items.size(), item.getReferencedNodeID());
            } else {
                out.valueType = DSRTypes::valueTypeToDefinedTerm(item.getValueType());
                out.conceptName = codeOf(item.getConceptName(), charset);
                readValue(item, charset, out);
                OFString tid, mapping;
                if (item.getValueType() == DSRTypes::VT_Container &&
                    item.getTemplateIdentification(tid, mapping).good())
                    out.templateId = tid.c_str();
            }
            if (!out.valid)
                report.problems.push_back("item " + out.position + " (" + out.valueType +
                                          ") has an invalid value; shown as read");
            report.items.push_back(std::move(out));
        } while (tree.iterate() > 0);
    }
    for (const auto& [index, node] : byReference) {
        const auto found = positions.find(node);
        if (found == positions.end())
            report.problems.push_back("item " + report.items[index].position +
                                      " refers to an item the document does not hold");
        else
            report.items[index].referencedPosition = found->second;
    }
    if (!report.items.empty())
        report.title = report.items.front().conceptName;
    return report;
}

} // namespace pellucid
