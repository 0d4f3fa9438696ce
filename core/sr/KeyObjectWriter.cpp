#include "core/sr/KeyObjectWriter.h"

#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomText.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <map>

namespace pellucid {

namespace {

// PS3.16 CID 7010 Key Object Selection Document Title.
const std::map<std::string, std::string>& titles() {
    static const std::map<std::string, std::string> list = {
        {"113000", "Of Interest"},
        {"113001", "Rejected for Quality Reasons"},
        {"113002", "For Referring Provider"},
        {"113003", "For Surgery"},
        {"113004", "For Teaching"},
        {"113005", "For Conference"},
        {"113006", "For Therapy"},
        {"113007", "For Patient"},
        {"113008", "For Peer Review"},
        {"113009", "For Research"},
        {"113010", "Quality Issue"},
        {"113013", "Best In Set"},
        {"113018", "For Printing"},
        {"113020", "For Report Attachment"},
        {"113037", "Rejected for Patient Safety Reasons"},
        {"113038", "Incorrect Modality Worklist Entry"},
        {"113039", "Data Retention Policy Expired"},
    };
    return list;
}

} // namespace

std::string keyObjectTitleMeaning(const std::string& code) {
    const auto found = titles().find(code);
    return found == titles().end() ? std::string() : found->second;
}

std::variant<BuiltKeyObject, std::string> buildKeyObject(const KeyObjectContent& content) {
    ensureDcmtkReady();
    if (content.images.empty())
        return std::string("a key object selection needs at least one image");
    const std::string meaning = keyObjectTitleMeaning(content.titleCode);
    if (meaning.empty())
        return "title " + content.titleCode + " is not in CID 7010";
    // The first image's patient and study, as UTF-8 (its own character set converted).
    auto& first = const_cast<DcmDataset&>(*content.images.front().dataset);
    const DicomText header(first, DicomText::charsetOf(first));
    const std::string study = header.code(DCM_StudyInstanceUID);
    if (study.empty())
        return std::string("the first image has no Study Instance UID");

    DSRDocument document(DSRTypes::DT_KeyObjectSelectionDocument);
    document.createNewSeriesInStudy(study.c_str());
    document.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    document.setPatientName(header.text(DCM_PatientName).c_str());
    document.setPatientID(header.text(DCM_PatientID).c_str());
    document.setPatientBirthDate(header.code(DCM_PatientBirthDate).c_str());
    document.setPatientSex(header.code(DCM_PatientSex).c_str());
    document.setStudyDate(header.code(DCM_StudyDate).c_str());
    document.setStudyTime(header.code(DCM_StudyTime).c_str());
    document.setStudyID(header.text(DCM_StudyID).c_str());
    document.setAccessionNumber(header.text(DCM_AccessionNumber).c_str());
    document.setReferringPhysicianName(header.text(DCM_ReferringPhysicianName).c_str());
    document.setStudyDescription(header.text(DCM_StudyDescription).c_str());
    document.setManufacturer("Pellucid");
    document.setSeriesDescription("Key images");

    DSRDocumentTree& tree = document.getTree();
    tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container);
    tree.getCurrentContentItem().setConceptName(
        DSRCodedEntryValue(content.titleCode.c_str(), "DCM", meaning.c_str()));
    tree.getCurrentContentItem().setTemplateIdentification("2010", "DCMR");
    bool child = true;
    auto add = [&](DSRTypes::E_ValueType type) {
        tree.addContentItem(DSRTypes::RT_contains, type,
                            child ? DSRTypes::AM_belowCurrent : DSRTypes::AM_afterCurrent);
        child = false;
    };
    for (const KeyObjectContent::Image& image : content.images) {
        auto& ds = const_cast<DcmDataset&>(*image.dataset);
        const DicomText t(ds, DicomText::charsetOf(ds));
        const std::string sopClass = t.code(DCM_SOPClassUID),
                          sopInstance = t.code(DCM_SOPInstanceUID);
        if (sopClass.empty() || sopInstance.empty())
            return std::string("an image without SOP Class or Instance UID");
        add(DSRTypes::VT_Image);
        DSRImageReferenceValue reference(sopClass.c_str(), sopInstance.c_str());
        // Referenced Frame Number only for multi-frame images (PS3.3 C.18.4.1: "shall not be
        // present" otherwise): a single frame's number is the whole image.
        if (t.integer(DCM_NumberOfFrames).value_or(1) > 1)
            for (int frame : image.frames)
                reference.getFrameList().addItem(frame);
        if (tree.getCurrentContentItem().setImageReference(reference, false).bad())
            return "DCMTK refuses the image reference " + sopInstance;
        // Current Requested Procedure Evidence (PS3.3 C.17.2.3): every referenced instance.
        document.getCurrentRequestedProcedureEvidence().addItem(
            t.code(DCM_StudyInstanceUID).c_str(), t.code(DCM_SeriesInstanceUID).c_str(),
            sopClass.c_str(), sopInstance.c_str());
    }
    if (!content.description.empty()) {
        add(DSRTypes::VT_Text);
        tree.getCurrentContentItem().setConceptName(
            DSRCodedEntryValue("113012", "DCM", "Key Object Description"));
        tree.getCurrentContentItem().setStringValue(content.description.c_str(), false);
    }
    BuiltKeyObject built;
    built.file = std::make_unique<DcmFileFormat>();
    if (const OFCondition c = document.write(*built.file->getDataset()); c.bad())
        return std::string("DCMTK cannot write the document: ") + c.text();
    OFString value;
    document.getSOPInstanceUID(value);
    built.sopInstanceUid = value.c_str();
    document.getSeriesInstanceUID(value);
    built.seriesInstanceUid = value.c_str();
    built.studyInstanceUid = study;
    return built;
}

} // namespace pellucid
