#include "net/scp/FindHandler.h"

#include "core/cache/CacheContents.h"
#include "core/cache/CacheIndex.h"
#include "core/query/IdentifierQuery.h"
#include "net/scp/AcceptedSyntaxes.h"
#include "net/scp/ServerAssociation.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>

#include <memory>
#include <string_view>

namespace pellucid {

namespace {

std::string cellText(const CacheQuery::Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<long long>(&cell))
        return std::to_string(*number);
    return {};
}

} // namespace

FindHandler::FindHandler(ServerAssociation& association, ServerContext& context)
    : association_(association)
    , context_(context) {}

OFCondition FindHandler::handle(T_DIMSE_C_FindRQ& request, T_ASC_PresentationContextID presId) {
    DcmDataset* received = nullptr;
    OFCondition cond = association_.receiveFINDRequest(request, presId, received);
    std::unique_ptr<DcmDataset> identifier(received);
    if (cond.bad())
        return cond;
    const OFString model = request.AffectedSOPClassUID;
    auto fail = [&](Uint16 status, const std::string& why) {
        DcmDataset detail;
        detail.putAndInsertString(DCM_ErrorComment, why.substr(0, 64).c_str());
        DcmDataset* statusDetail = &detail;
        return association_.sendFINDResponse(presId, request.MessageID, model, nullptr, status,
                                             statusDetail);
    };
    if (!identifier)
        return fail(STATUS_FIND_Error_DataSetDoesNotMatchSOPClass, "no identifier");
    std::string error;
    const auto query = readIdentifierQuery(*identifier, &error);
    if (!query)
        return fail(STATUS_FIND_Error_DataSetDoesNotMatchSOPClass, error);
    if (!queryLevelAllowed(model.c_str(), query->level))
        return fail(STATUS_FIND_Error_DataSetDoesNotMatchSOPClass,
                    std::string("level ") + queryLevelName(query->level) +
                        " is not part of this information model");

    auto index = CacheIndex::open(context_.intake->cacheRoot() / "index.sqlite", &error,
                                  CacheIndex::Mode::ReadOnly);
    if (!index)
        return fail(STATUS_FIND_Failed_UnableToProcess, error);
    CacheQuery cacheQuery(query->level, query->keys);
    cacheQuery.setOrdered(false);
    std::vector<int> columnOf; // per return key: its column in the rows, or -1
    for (const auto& key : query->returnKeys) {
        int column = -1;
        for (std::size_t c = 0; c < cacheQuery.columns().size(); ++c)
            if (cacheQuery.columns()[c] == key.attribute)
                column = static_cast<int>(c);
        columnOf.push_back(column);
    }
    int studyUidColumn = -1;
    for (std::size_t c = 0; c < cacheQuery.columns().size(); ++c)
        if (std::string_view(cacheQuery.columns()[c]->keyword) == "StudyInstanceUID")
            studyUidColumn = static_cast<int>(c);

    bool cancelled = false;
    OFCondition sendFailure = EC_Normal;
    const bool ran = cacheQuery.run(
        *index,
        [&](const CacheQuery::Row& row) {
            DcmDataset answer;
            answer.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
            answer.putAndInsertString(DCM_QueryRetrieveLevel, queryLevelName(query->level));
            answer.putAndInsertString(DCM_RetrieveAETitle, context_.options.aeTitle.c_str());
            for (std::size_t k = 0; k < query->returnKeys.size(); ++k) {
                const DcmTagKey tag(query->returnKeys[k].group, query->returnKeys[k].element);
                if (columnOf[k] >= 0) {
                    answer.putAndInsertString(tag, cellText(row[columnOf[k]]).c_str());
                } else if (tag == DCM_SOPClassesInStudy && studyUidColumn >= 0) {
                    std::string joined;
                    for (const auto& uid : CacheContents(*index).sopClassesInStudy(
                             std::get<std::string>(row[studyUidColumn]))) {
                        joined += (joined.empty() ? "" : "\\") + uid;
                    }
                    answer.putAndInsertString(tag, joined.c_str());
                } else {
                    answer.insertEmptyElement(tag); // asked for, not kept: returned empty
                }
            }
            sendFailure = association_.sendFINDResponse(presId, request.MessageID, model, &answer,
                                                        STATUS_Pending);
            if (sendFailure.bad())
                return false;
            if (association_.checkForCANCEL(presId, request.MessageID).good()) {
                cancelled = true;
                return false;
            }
            return true;
        },
        &error);
    if (sendFailure.bad())
        return sendFailure;
    if (cancelled)
        return association_.sendFINDResponse(
            presId, request.MessageID, model, nullptr,
            STATUS_FIND_Cancel_MatchingTerminatedDueToCancelRequest);
    if (!ran)
        return fail(STATUS_FIND_Failed_UnableToProcess, error);
    return association_.sendFINDResponse(presId, request.MessageID, model, nullptr, STATUS_Success);
}

} // namespace pellucid
