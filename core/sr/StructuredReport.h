#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pellucid {

// A code (PS3.3 8.1): value, scheme and meaning, UTF-8. Shown by its meaning, the code on hover.
struct SrCode {
    std::string value, scheme, meaning;
    bool empty() const { return value.empty() && meaning.empty(); }
};

// One content item of a report's tree (PS3.3 C.17.3), flattened in document order: `level` 1 is
// the root container. Values are kept as text for showing and as structure for linking.
struct SrItem {
    int level = 1;
    std::string position;     // "1.2.3", as DCMTK and PS3.3 C.17.3.2.5 count
    std::string relationship; // CONTAINS, HAS PROPERTIES, ... (empty for the root)
    std::string valueType;    // CONTAINER, TEXT, CODE, NUM, DATE, ..., or "by reference"
    SrCode conceptName;       // Concept Name
    std::string text;         // TEXT, DATE, TIME, DATETIME, PNAME, UIDREF value; NUM number
    SrCode code;              // CODE value; NUM measurement units (UCUM)
    std::string referencedSopClass, referencedSopInstance; // IMAGE, COMPOSITE, WAVEFORM
    std::vector<int> frames;                               // IMAGE frames (1-based)
    std::string presentationState;                         // IMAGE's referenced GSPS instance
    std::string graphicType;                               // SCOORD, SCOORD3D, TCOORD
    std::vector<float> graphicData;                        // SCOORD (column, row pairs) / 3D
    std::string frameOfReference;                          // SCOORD3D
    std::string referencedPosition; // a by-reference item: the target's position
    std::string templateId;         // a container's template (TID), when given
    bool valid = true;              // DCMTK judged the value valid (tolerant read keeps both)
};

// A structured report or key object selection document as read (PS3.3 A.35, A.59): the document
// type, its flags and the content tree, and what was wrong with it.
struct StructuredReport {
    std::string documentType; // DCMTK's readable name, e.g. "Comprehensive SR"
    std::string sopClassUid, sopInstanceUid, seriesInstanceUid, studyInstanceUid;
    std::string completionFlag, verificationFlag; // COMPLETE/PARTIAL, VERIFIED/UNVERIFIED
    std::string contentDate, contentTime;
    std::vector<std::string> verifyingObservers; // "name, organisation, date time"
    std::vector<std::string> predecessors;       // SOP Instance UIDs of predecessor documents
    SrCode title;                                // the root container's concept name
    std::vector<SrItem> items;
    std::vector<std::string> problems;

    const SrItem* find(const std::string& position) const;
};

} // namespace pellucid
