#include "net/scu/FindScu.h"

#include "core/charset/DicomCharset.h"
#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/DicomText.h"
#include "net/scu/HierarchicalFind.h"
#include "net/scu/RelationalProfile.h"
#include "net/scu/ScuAssociation.h"
#include "net/scu/ScuErrors.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicent.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmnet/scu.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace pellucid {

namespace {

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string tagText(std::uint16_t group, std::uint16_t element) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04X,%04X", group, element);
    return buffer;
}

// "gggg,eeee", "(gggg,eeee)" or "ggggeeee".
std::optional<DcmTagKey> parseTagNumber(std::string_view text) {
    std::string hex;
    for (char c : text)
        if (c != '(' && c != ')' && c != ',')
            hex.push_back(c);
    if (hex.size() != 8 ||
        !std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c) != 0; }))
        return std::nullopt;
    const unsigned long value = std::stoul(hex, nullptr, 16);
    return DcmTagKey(static_cast<Uint16>(value >> 16), static_cast<Uint16>(value & 0xFFFF));
}

bool isTextVr(DcmEVR vr) {
    switch (vr) {
    case EVR_PN:
    case EVR_LO:
    case EVR_SH:
    case EVR_ST:
    case EVR_LT:
    case EVR_UT:
    case EVR_UC:
        return true;
    default:
        return false;
    }
}

// Collects the matches, streams them to the caller and cancels when asked to.
class StreamingFindScu : public DcmSCU {
public:
    std::function<bool(DcmDataset&)> onPending; // false: send C-CANCEL
    bool cancelSent = false;
    bool finalReceived = false;
    Uint16 finalStatus = 0;

    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presID, QRResponse* response,
                                   OFBool& waitForNextResponse) override {
        waitForNextResponse = OFFalse;
        if (!response)
            return DIMSE_NULLKEY;
        if (DICOM_PENDING_STATUS(response->m_status)) {
            waitForNextResponse = OFTrue;
            // Answers already on the wire after our C-CANCEL are read and dropped.
            if (!cancelSent && response->m_dataset && onPending &&
                !onPending(*response->m_dataset)) {
                cancelSent = true;
                sendCANCELRequest(presID);
            }
            return EC_Normal;
        }
        finalReceived = true;
        finalStatus = response->m_status;
        return EC_Normal;
    }
};

FindMatch decodeMatch(DcmDataset& dataset) {
    FindMatch match;
    DicomText text(dataset, DicomText::charsetOf(dataset));
    for (unsigned long i = 0; i < dataset.card(); ++i) {
        DcmElement* element = dataset.getElement(i);
        if (!element)
            continue;
        DcmTag tag = element->getTag();
        if (tag == DCM_SpecificCharacterSet || tag == DCM_QueryRetrieveLevel ||
            element->ident() == EVR_SQ)
            continue;
        const DcmTagKey key(tag.getGroup(), tag.getElement());
        const std::string value = isTextVr(element->ident()) ? text.text(key) : text.code(key);
        std::string keyword = tag.getTagName();
        if (keyword.empty() || keyword == DcmTag_ERROR_TagName)
            keyword = tagText(tag.getGroup(), tag.getElement());
        match.byTag[(std::uint32_t{tag.getGroup()} << 16) | tag.getElement()] = value;
        match.values[keyword] = value;
    }
    return match;
}

std::string statusName(Uint16 status) {
    if (status == STATUS_Success)
        return "success";
    if (status == STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest)
        return "cancel";
    return DU_cfindStatusString(status);
}

} // namespace

namespace {
FindResult findOnce(const RemoteNode& node, const FindRequest& request,
                    const FindMatchCallback& onMatch);
} // namespace

std::optional<QueryModel> queryModelFromName(std::string_view name) {
    const std::string n = lowered(name);
    if (n == "study" || n == "study-root")
        return QueryModel::StudyRoot;
    if (n == "patient" || n == "patient-root")
        return QueryModel::PatientRoot;
    if (n == "patient-study-only" || n == "patient-study")
        return QueryModel::PatientStudyOnly;
    return std::nullopt;
}

const char* queryModelName(QueryModel model) {
    switch (model) {
    case QueryModel::PatientRoot:
        return "patient";
    case QueryModel::StudyRoot:
        return "study";
    case QueryModel::PatientStudyOnly:
        return "patient-study-only";
    }
    return "study";
}

const char* findSopClassUid(QueryModel model) {
    switch (model) {
    case QueryModel::PatientRoot:
        return UID_FINDPatientRootQueryRetrieveInformationModel;
    case QueryModel::StudyRoot:
        return UID_FINDStudyRootQueryRetrieveInformationModel;
    case QueryModel::PatientStudyOnly:
        return UID_RETIRED_FINDPatientStudyOnlyQueryRetrieveInformationModel;
    }
    return UID_FINDStudyRootQueryRetrieveInformationModel;
}

bool modelHasLevel(QueryModel model, QueryLevel level) {
    switch (model) {
    case QueryModel::PatientRoot:
        return true;
    case QueryModel::StudyRoot:
        return level != QueryLevel::Patient;
    case QueryModel::PatientStudyOnly:
        return level == QueryLevel::Patient || level == QueryLevel::Study;
    }
    return false;
}

const char* queryRetrieveLevelValue(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return "PATIENT";
    case QueryLevel::Study:
        return "STUDY";
    case QueryLevel::Series:
        return "SERIES";
    case QueryLevel::Instance:
        return "IMAGE";
    }
    return "STUDY";
}

std::optional<QueryKey> parseQueryKey(std::string_view text, std::string* error) {
    ensureDcmtkReady();
    const std::size_t equals = text.find('=');
    const std::string_view name = text.substr(0, equals);
    QueryKey key;
    if (equals != std::string_view::npos)
        key.value = std::string(text.substr(equals + 1));
    std::optional<DcmTagKey> tag = parseTagNumber(name);
    if (!tag) {
        DcmTag found;
        if (name.empty() || DcmTag::findTagFromName(std::string(name).c_str(), found).bad()) {
            if (error)
                *error = "unknown DICOM keyword or tag: " + std::string(name);
            return std::nullopt;
        }
        tag = DcmTagKey(found.getGroup(), found.getElement());
    }
    DcmTag resolved(*tag);
    if (resolved.getEVR() == EVR_SQ) {
        if (error)
            *error = "sequence attributes cannot be query keys: " + std::string(name);
        return std::nullopt;
    }
    if (tag->getGroup() <= 0x0002) {
        if (error)
            *error = "command and file meta attributes cannot be query keys: " + std::string(name);
        return std::nullopt;
    }
    key.group = tag->getGroup();
    key.element = tag->getElement();
    const std::string keyword = resolved.getTagName();
    if (keyword != DcmTag_ERROR_TagName)
        key.keyword = keyword;
    return key;
}

std::vector<QueryKey> defaultReturnKeys(QueryLevel level) {
    std::vector<QueryKey> keys;
    for (const QueryAttribute* a : attributesUpTo(level)) {
        // The cache's own columns (file path, transfer syntax) are not identifier attributes.
        if (a->group <= 0x0002)
            continue;
        keys.push_back({a->group, a->element, a->keyword, {}});
    }
    return keys;
}

std::string FindMatch::value(std::string_view keyword) const {
    const auto it = values.find(std::string(keyword));
    return it == values.end() ? std::string() : it->second;
}

namespace {

// One C-FIND on one association, relational negotiation proposed when asked.
FindResult findOnce(const RemoteNode& node, const FindRequest& request,
                    const FindMatchCallback& onMatch) {
    FindResult result;
    if (const std::string problem = ensureDcmtkReady(); !problem.empty()) {
        result.error = problem;
        return result;
    }
    if (!modelHasLevel(request.model, request.level)) {
        result.error = std::string("the ") + queryModelName(request.model) +
                       " information model has no " + queryRetrieveLevelValue(request.level) +
                       " level";
        return result;
    }

    // The identifier: defaults first, then the caller's keys replacing those of the same tag.
    std::vector<QueryKey> keys;
    if (request.withDefaultReturnKeys)
        keys = defaultReturnKeys(request.level);
    for (const QueryKey& k : request.keys) {
        auto same = std::find_if(keys.begin(), keys.end(), [&](const QueryKey& d) {
            return d.group == k.group && d.element == k.element;
        });
        if (same != keys.end())
            *same = k;
        else
            keys.push_back(k);
    }
    DcmDataset identifier;
    const bool utf8 =
        std::any_of(keys.begin(), keys.end(), [](const QueryKey& k) { return !isAscii(k.value); });
    if (utf8) // PS3.5 6.1.2.3: our values are UTF-8; peers decode them by this term
        identifier.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    identifier.putAndInsertString(DCM_QueryRetrieveLevel, queryRetrieveLevelValue(request.level));
    for (const QueryKey& k : keys) {
        const DcmTag tag(k.group, k.element);
        // An empty value asks for the attribute back; binary VRs (US, UL) take no empty string.
        const OFCondition cond = k.value.empty()
                                     ? identifier.insertEmptyElement(tag)
                                     : identifier.putAndInsertOFStringArray(
                                           tag, OFString(k.value.data(), k.value.size()));
        if (cond.bad()) {
            result.error = "cannot put " +
                           (k.keyword.empty() ? tagText(k.group, k.element) : k.keyword) +
                           " into the query: " + cond.text();
            return result;
        }
    }

    StreamingFindScu scu;
    configureScu(scu, node, request.callingAeTitle);
    const char* sopClass = findSopClassUid(request.model);
    // DcmSCU proposes extended negotiation only from an association configuration file.
    const RelationalProfile relationalProfile(request.relational ? sopClass : nullptr);
    if (request.relational && relationalProfile.ok())
        scu.setAssocConfigFileAndProfile(relationalProfile.path().c_str(),
                                         RelationalProfile::profileName());
    else
        proposeService(scu, sopClass);
    scu.onPending = [&](DcmDataset& dataset) {
        result.matches.push_back(decodeMatch(dataset));
        bool more = !onMatch || onMatch(result.matches.back());
        if (request.limit > 0 && result.matches.size() >= request.limit) {
            result.limitReached = true;
            more = false;
        }
        return more;
    };

    const T_ASC_PresentationContextID presId =
        openForService(scu, node, sopClass,
                       std::string("the ") + queryModelName(request.model) +
                           " C-FIND information model (" + sopClass + ")",
                       &result.error);
    if (presId == 0)
        return result;
    OFCondition cond = scu.sendFINDRequest(presId, &identifier, nullptr);
    result.cancelled = scu.cancelSent;
    if (cond.bad() || !scu.finalReceived) {
        result.error = cond.bad() ? describeDimseFailure(cond) : "no final C-FIND response";
        scu.abortAssociation();
        return result;
    }
    scu.releaseAssociation();
    result.status = scu.finalStatus;
    result.statusText = statusName(scu.finalStatus);
    const bool cancelledAsAsked =
        scu.cancelSent &&
        scu.finalStatus == STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest;
    result.ok = scu.finalStatus == STATUS_Success || cancelledAsAsked ||
                (scu.cancelSent && DICOM_WARNING_STATUS(scu.finalStatus));
    if (!result.ok)
        result.error = "the node answered " + result.statusText;
    return result;
}

} // namespace

FindResult find(const RemoteNode& node, const FindRequest& request,
                const FindMatchCallback& onMatch) {
    FindResult result = findOnce(node, request, onMatch);
    // A node that did not take the relational proposal refuses a query that lacks the unique
    // keys of the levels above (0xA900, 0xC000...): the same question, level by level.
    const bool refused =
        !result.ok && result.status != 0 && !result.cancelled && result.matches.empty();
    if (!request.relational || !refused)
        return result;
    FindResult fallback =
        findHierarchically(node, request, onMatch,
                           [](const RemoteNode& n, const FindRequest& r,
                              const FindMatchCallback& m) { return findOnce(n, r, m); });
    fallback.relationalFallback = true;
    fallback.notes.push_back("the node refused the relational query (" + result.statusText +
                             "): answered by hierarchical queries, level by level");
    return fallback;
}

} // namespace pellucid
