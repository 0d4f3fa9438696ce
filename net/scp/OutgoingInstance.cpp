#include "net/scp/OutgoingInstance.h"

#include "core/cache/CacheIndex.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <string_view>

namespace pellucid {

std::optional<std::vector<OutgoingInstance>>
findOutgoingInstances(const IdentifierQuery& query, const std::filesystem::path& cacheRoot,
                      std::string* error) {
    auto index = CacheIndex::open(cacheRoot / "index.sqlite", error, CacheIndex::Mode::ReadOnly);
    if (!index)
        return std::nullopt;
    const CacheQuery cacheQuery(QueryLevel::Instance, query.keys);
    int classColumn = -1, uidColumn = -1, syntaxColumn = -1, pathColumn = -1;
    for (std::size_t c = 0; c < cacheQuery.columns().size(); ++c) {
        const std::string_view keyword = cacheQuery.columns()[c]->keyword;
        const int column = static_cast<int>(c);
        if (keyword == "SOPClassUID")
            classColumn = column;
        else if (keyword == "SOPInstanceUID")
            uidColumn = column;
        else if (keyword == "TransferSyntaxUID")
            syntaxColumn = column;
        else if (keyword == "FilePath")
            pathColumn = column;
    }
    std::vector<OutgoingInstance> items;
    const bool ran = cacheQuery.run(
        *index,
        [&](const CacheQuery::Row& row) {
            OutgoingInstance item;
            item.sopClassUid = std::get<std::string>(row[classColumn]);
            item.sopInstanceUid = std::get<std::string>(row[uidColumn]);
            if (const auto* ts = std::get_if<std::string>(&row[syntaxColumn]))
                item.transferSyntaxUid = *ts;
            item.file = cacheRoot / std::get<std::string>(row[pathColumn]);
            items.push_back(std::move(item));
            return true;
        },
        error);
    if (!ran)
        return std::nullopt;
    return items;
}

bool isRetrieveKeyOnly(const IdentifierQuery& query, std::string* error) {
    if (query.keys.empty()) {
        *error = "the identifier names no Study/Series/SOP Instance UID";
        return false;
    }
    for (const auto& key : query.keys) {
        const std::string_view keyword = key.attribute->keyword;
        if (keyword != "PatientID" && keyword != "StudyInstanceUID" &&
            keyword != "SeriesInstanceUID" && keyword != "SOPInstanceUID") {
            *error = std::string(key.attribute->keyword) + " is not a unique key";
            return false;
        }
    }
    return true;
}

DcmDataset* failedUidList(const std::vector<std::string>& failed, DcmDataset& holder) {
    if (failed.empty())
        return nullptr;
    std::string joined;
    for (const auto& uid : failed)
        joined += (joined.empty() ? "" : "\\") + uid;
    holder.putAndInsertString(DCM_FailedSOPInstanceUIDList, joined.c_str());
    return &holder;
}

} // namespace pellucid
