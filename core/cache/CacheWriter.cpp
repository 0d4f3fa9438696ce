#include "core/cache/CacheWriter.h"

#include "core/cache/CacheFiles.h"
#include "core/cache/CacheIndex.h"

#include <set>

namespace pellucid {

CacheWriter::CacheWriter(CacheFiles& files, CacheIndex& index, Durability durability)
    : files_(files)
    , index_(index)
    , durability_(durability) {}

std::vector<CacheWriter::Written> CacheWriter::commit(const std::vector<IncomingInstance>& batch) {
    std::vector<Written> results(batch.size());
    std::string error;

    // Duplicates go first, before any flush is spent on them: the same instance twice in one
    // batch, or one that another connection or process recorded since the caller last looked.
    std::vector<std::size_t> fresh;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const std::string& uid = batch[i].header.sopInstanceUid;
        if (!seen.insert(uid).second || index_.containsInstance(uid)) {
            files_.discard(batch[i].staged);
            results[i].outcome = Outcome::Duplicate;
        } else {
            fresh.push_back(i);
        }
    }

    if (durability_ == Durability::SyncBeforePublish) {
        std::vector<std::filesystem::path> staged;
        for (std::size_t i : fresh)
            staged.push_back(batch[i].staged);
        if (!files_.sync(staged, &error)) {
            for (std::size_t i : fresh) {
                files_.discard(batch[i].staged);
                results[i] = {Outcome::SyncFailed, {}, error};
            }
            return results;
        }
    }

    // Publishing never replaces a file the index points at; a file that is there but not
    // indexed was left by a crash before its commit, was never acknowledged, and gives way.
    std::vector<StoredInstance> records;
    std::vector<std::size_t> published; // batch positions of `records`
    for (std::size_t i : fresh) {
        const IncomingInstance& in = batch[i];
        const std::string rel = CacheFiles::relativePathFor(in.header);
        auto placed = files_.publish(in.staged, rel, &error);
        if (placed == CacheFiles::PublishResult::AlreadyThere) {
            if (index_.isFileIndexed(rel)) {
                files_.discard(in.staged);
                results[i].outcome = Outcome::Duplicate;
                continue;
            }
            placed = files_.replace(in.staged, rel, &error) ? CacheFiles::PublishResult::Published
                                                            : CacheFiles::PublishResult::Failed;
        }
        if (placed == CacheFiles::PublishResult::Failed) {
            files_.discard(in.staged);
            results[i] = {Outcome::PlaceFailed, {}, error};
            continue;
        }
        records.push_back({in.header, rel, in.size, in.source});
        published.push_back(i);
    }
    if (records.empty())
        return results;

    // A published file that is not indexed is unacknowledged: when a later step fails, its
    // removal leaves the cache as it was.
    auto undo = [&](Outcome outcome, const std::string& why) {
        for (std::size_t j = 0; j < records.size(); ++j) {
            files_.remove(records[j].relativePath);
            results[published[j]] = {outcome, {}, why};
        }
    };
    std::vector<std::string> names;
    names.reserve(records.size());
    for (const auto& r : records)
        names.push_back(r.relativePath);
    // The names (and, after a late publish, the bytes) must be durable before the index
    // commit: that commit is what tells the caller its instance is safe.
    const bool synced = durability_ == Durability::SyncBeforePublish
                            ? files_.syncNames(names, &error)
                            : files_.syncPublished(names, &error);
    if (!synced) {
        undo(Outcome::SyncFailed, error);
        return results;
    }
    std::vector<InsertOutcome> outcomes;
    if (!index_.insert(records, &outcomes, &error)) {
        undo(Outcome::IndexFailed, error);
        return results;
    }
    for (std::size_t j = 0; j < records.size(); ++j) {
        Written& w = results[published[j]];
        if (outcomes[j] == InsertOutcome::Inserted) {
            w.outcome = Outcome::Stored;
            w.relativePath = records[j].relativePath;
        } else {
            // Another process recorded it since the check above; our file stays only if it is
            // the one that record points at.
            if (!index_.isFileIndexed(records[j].relativePath))
                files_.remove(records[j].relativePath);
            w.outcome = Outcome::Duplicate;
        }
    }
    return results;
}

} // namespace pellucid
