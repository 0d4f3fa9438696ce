#include "net/scu/HierarchicalFind.h"

#include <algorithm>
#include <cstdio>

namespace pellucid {

namespace {

std::vector<QueryLevel> levelsOf(QueryModel model, QueryLevel target) {
    std::vector<QueryLevel> levels;
    for (QueryLevel l :
         {QueryLevel::Patient, QueryLevel::Study, QueryLevel::Series, QueryLevel::Instance})
        if (modelHasLevel(model, l) && l <= target)
            levels.push_back(l);
    return levels;
}

QueryKey uniqueKey(QueryLevel level, std::string value = {}) {
    switch (level) {
    case QueryLevel::Patient:
        return {0x0010, 0x0020, "PatientID", std::move(value)};
    case QueryLevel::Study:
        return {0x0020, 0x000D, "StudyInstanceUID", std::move(value)};
    case QueryLevel::Series:
        return {0x0020, 0x000E, "SeriesInstanceUID", std::move(value)};
    case QueryLevel::Instance:
        return {0x0008, 0x0018, "SOPInstanceUID", std::move(value)};
    }
    return {};
}

// The level a key belongs to; keys our model does not place go to the target level.
QueryLevel levelOf(const QueryKey& key, QueryLevel first, QueryLevel target) {
    char tag[16];
    std::snprintf(tag, sizeof tag, "%04X%04X", key.group, key.element);
    const QueryAttribute* a = findQueryAttribute(tag);
    if (!a)
        return target;
    return std::clamp(a->level, first, target);
}

struct Walk {
    const RemoteNode& node;
    const FindRequest& request;
    const FindMatchCallback& onMatch;
    const SingleFind& once;
    std::vector<QueryLevel> levels;
    FindResult result;
    bool stop = false;
    int queries = 0;

    void descend(std::size_t index, const std::vector<QueryKey>& fixed) {
        if (stop)
            return;
        const QueryLevel level = levels[index];
        const bool target = index + 1 == levels.size();
        FindRequest r;
        r.model = request.model;
        r.level = level;
        r.callingAeTitle = request.callingAeTitle;
        // Strict nodes take only the keys of the query level and the unique keys above it
        // (PS3.4 C.4.1.3.1): the default return keys are trimmed to this level too.
        r.withDefaultReturnKeys = false;
        r.keys = fixed;
        if (target && request.withDefaultReturnKeys)
            for (const QueryKey& k : defaultReturnKeys(level))
                if (levelOf(k, levels.front(), request.level) == level &&
                    std::none_of(request.keys.begin(), request.keys.end(), [&](const QueryKey& q) {
                        return q.group == k.group && q.element == k.element;
                    }))
                    r.keys.push_back(k);
        for (const QueryKey& k : request.keys)
            if (levelOf(k, levels.front(), request.level) == level)
                r.keys.push_back(k);
        const QueryKey unique = uniqueKey(level);
        if (!target && std::none_of(r.keys.begin(), r.keys.end(), [&](const QueryKey& k) {
                return k.group == unique.group && k.element == unique.element;
            }))
            r.keys.push_back(unique);
        if (target && request.limit > 0)
            r.limit = request.limit - result.matches.size();
        ++queries;
        FindResult step = once(node, r, target ? onMatch : FindMatchCallback{});
        if (!step.ok) {
            result.ok = false;
            result.status = step.status;
            result.statusText = step.statusText;
            result.error = step.error;
            stop = true;
            return;
        }
        if (target) {
            for (FindMatch& m : step.matches)
                result.matches.push_back(std::move(m));
            if (step.cancelled) {
                result.cancelled = true;
                result.limitReached = step.limitReached;
                stop = true;
            }
            return;
        }
        for (const FindMatch& m : step.matches) {
            const std::string value = m.value(unique.keyword);
            if (value.empty())
                continue;
            std::vector<QueryKey> next = fixed;
            next.push_back(uniqueKey(level, value));
            descend(index + 1, next);
            if (stop)
                return;
        }
    }
};

} // namespace

FindResult findHierarchically(const RemoteNode& node, const FindRequest& request,
                              const FindMatchCallback& onMatch, const SingleFind& once) {
    Walk walk{node, request, onMatch, once, levelsOf(request.model, request.level), {}};
    walk.result.ok = true;
    walk.result.statusText = "success";
    if (walk.levels.empty()) {
        walk.result.ok = false;
        walk.result.error = "no levels to query";
        return walk.result;
    }
    walk.descend(0, {});
    walk.result.notes.push_back(std::to_string(walk.queries) + " hierarchical C-FIND(s)");
    return walk.result;
}

} // namespace pellucid
