#include "core/cache/InstanceIntake.h"

#include "core/cache/CacheFiles.h"
#include "core/cache/CacheIndex.h"
#include "core/cache/CacheWriter.h"

#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace pellucid {
namespace fs = std::filesystem;

namespace {

struct Pending {
    fs::path staged;
    std::string source;
    std::uint64_t size = 0;
    InstanceIntake::Result* result = nullptr;
    bool done = false;
};

bool isResourceProblem(ImportProblemKind kind) {
    return kind == ImportProblemKind::WriteFailed || kind == ImportProblemKind::DiskFull ||
           kind == ImportProblemKind::IndexFailed;
}

} // namespace

struct InstanceIntake::State {
    State(CacheFiles cacheFiles, std::unique_ptr<CacheIndex> cacheIndex)
        : files(std::move(cacheFiles))
        , index(std::move(cacheIndex))
        , writer(files, *index, CacheWriter::Durability::SyncAfterPublish) {}

    struct BatchedItem {
        Pending pending;
        Result result;
        std::thread::id owner;  // a retrieve receives on one thread; it settles its own
        bool handedOff = false; // given to a commit (which may still be running)
    };
    static constexpr std::size_t kBatchSize = 256;
    std::vector<std::unique_ptr<BatchedItem>> batched; // admitted, not yet returned by a flush
    std::size_t unhanded = 0;                          // of those, not yet given to a commit
    // Full batches commit in the background while the retrieve goes on receiving.
    std::vector<std::future<void>> batchCommits;

    bool readHeader(const fs::path& staged, Result& result);

    std::vector<Pending*> takeUnhanded() {
        std::vector<Pending*> due;
        for (auto& item : batched) {
            if (!item->handedOff) {
                item->handedOff = true;
                due.push_back(&item->pending);
            }
        }
        unhanded = 0;
        return due;
    }

    // Waits for the background batch commits (they take the lock themselves), commits every
    // batched admission not yet given to a commit, and waits until those of `owner` are done
    // (another thread's flush may be committing some of them right now).
    void commitAllBatched(std::unique_lock<std::mutex>& lock,
                          std::optional<std::thread::id> owner = std::nullopt) {
        while (!batchCommits.empty()) {
            std::vector<std::future<void>> running;
            running.swap(batchCommits);
            lock.unlock();
            for (auto& commit : running)
                commit.wait();
            lock.lock();
        }
        const std::vector<Pending*> due = takeUnhanded();
        if (!due.empty())
            commitAndWait(due, lock);
        committed.wait(lock, [&] {
            for (const auto& item : batched)
                if ((!owner || item->owner == *owner) && !item->pending.done)
                    return false;
            return true;
        });
    }
    void commitAndWait(const std::vector<Pending*>& mine, std::unique_lock<std::mutex>& lock);

    CacheFiles files;
    std::unique_ptr<CacheIndex> index; // used by the committing thread only
    CacheWriter writer;
    std::mutex mutex;
    std::condition_variable committed;
    std::vector<Pending*> queue;
    bool committing = false;

    // One group, one flush and one index transaction: a sender waits for each answer.
    void commit(const std::vector<Pending*>& batch) {
        std::vector<IncomingInstance> incoming;
        incoming.reserve(batch.size());
        for (const Pending* p : batch)
            incoming.push_back({p->result->header, p->staged, p->size, p->source});
        const std::vector<CacheWriter::Written> written = writer.commit(incoming);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Result& r = *batch[i]->result;
            const CacheWriter::Written& w = written[i];
            switch (w.outcome) {
            case CacheWriter::Outcome::Stored:
                r.outcome = Outcome::Stored;
                r.relativePath = w.relativePath;
                break;
            case CacheWriter::Outcome::Duplicate:
                r.outcome = Outcome::Duplicate;
                break;
            case CacheWriter::Outcome::PlaceFailed:
                r.outcome = Outcome::Failed;
                r.detail = "cannot place the file in the cache: " + w.error;
                break;
            case CacheWriter::Outcome::SyncFailed:
                r.outcome = Outcome::Failed;
                r.detail = w.error;
                break;
            case CacheWriter::Outcome::IndexFailed:
                r.outcome = Outcome::Failed;
                r.detail = "cannot record the instance in the cache index: " + w.error;
                break;
            }
        }
    }
};

InstanceIntake::InstanceIntake(CacheFiles files, std::unique_ptr<CacheIndex> index)
    : state_(std::make_unique<State>(std::move(files), std::move(index))) {}
InstanceIntake::~InstanceIntake() {
    // Whatever was answered early is committed before the intake goes away.
    std::unique_lock lock(state_->mutex);
    state_->commitAllBatched(lock);
}

const fs::path& InstanceIntake::cacheRoot() const {
    return state_->files.root();
}

fs::path InstanceIntake::newStagedPath() {
    return state_->files.newStagedPath();
}

bool InstanceIntake::contains(const std::string& sopInstanceUid) {
    std::lock_guard lock(state_->mutex);
    // The committing thread owns the connection while it commits; wait for a quiet moment.
    if (state_->committing)
        return false;
    return state_->index->containsInstance(sopInstanceUid);
}

bool InstanceIntake::State::readHeader(const fs::path& staged, Result& result) {
    auto header = readInstanceHeader(staged);
    if (auto* problem = std::get_if<ImportProblem>(&header)) {
        files.discard(staged);
        result.outcome = isResourceProblem(problem->kind) ? Outcome::Failed : Outcome::Rejected;
        result.detail = std::string(problemCode(problem->kind)) +
                        (problem->detail.empty() ? "" : ": " + problem->detail);
        return false;
    }
    result.header = std::move(std::get<InstanceHeader>(header));
    if (const std::string missing = result.header.firstMissingUid(); !missing.empty()) {
        files.discard(staged);
        result.outcome = Outcome::Rejected;
        result.detail = "missing " + missing;
        return false;
    }
    return true;
}

// Group commit: whoever finds no commit running commits everything queued so far, `mine`
// included; the others wait for their turn.
void InstanceIntake::State::commitAndWait(const std::vector<Pending*>& mine,
                                          std::unique_lock<std::mutex>& lock) {
    queue.insert(queue.end(), mine.begin(), mine.end());
    auto allDone = [&] {
        for (const Pending* p : mine)
            if (!p->done)
                return false;
        return true;
    };
    while (!allDone()) {
        if (committing) {
            committed.wait(lock);
            continue;
        }
        committing = true;
        std::vector<Pending*> batch;
        batch.swap(queue);
        lock.unlock();
        commit(batch);
        lock.lock();
        for (Pending* p : batch)
            p->done = true;
        committing = false;
        committed.notify_all();
    }
}

InstanceIntake::Result InstanceIntake::admit(const fs::path& staged, const std::string& source) {
    Result result;
    if (!state_->readHeader(staged, result))
        return result;
    std::error_code ec;
    Pending pending{staged, source, fs::file_size(staged, ec), &result};
    std::unique_lock lock(state_->mutex);
    state_->commitAndWait({&pending}, lock);
    return result;
}

InstanceIntake::Result InstanceIntake::admitBatched(const fs::path& staged,
                                                    const std::string& source) {
    Result result;
    if (!state_->readHeader(staged, result))
        return result;
    auto item = std::make_unique<State::BatchedItem>();
    item->result.header = result.header;
    item->owner = std::this_thread::get_id();
    std::error_code ec;
    item->pending = Pending{staged, source, fs::file_size(staged, ec), &item->result};
    std::unique_lock lock(state_->mutex);
    state_->batched.push_back(std::move(item));
    if (++state_->unhanded >= State::kBatchSize) {
        State* state = state_.get();
        state_->batchCommits.push_back(
            std::async(std::launch::async, [state, due = state_->takeUnhanded()] {
                std::unique_lock commitLock(state->mutex);
                state->commitAndWait(due, commitLock);
            }));
    }
    result.outcome = Outcome::Stored; // provisional, see flushBatched()
    return result;
}

std::vector<InstanceIntake::Result> InstanceIntake::flushBatched() {
    std::unique_lock lock(state_->mutex);
    const auto me = std::this_thread::get_id();
    state_->commitAllBatched(lock, me); // other retrieves' items too: harmless, only earlier
    std::vector<Result> results;
    std::vector<std::unique_ptr<State::BatchedItem>> others;
    for (auto& item : state_->batched) {
        if (item->owner == me)
            results.push_back(std::move(item->result));
        else
            others.push_back(std::move(item));
    }
    state_->batched = std::move(others);
    return results;
}

const char* intakeOutcomeName(InstanceIntake::Outcome outcome) {
    switch (outcome) {
    case InstanceIntake::Outcome::Stored:
        return "stored";
    case InstanceIntake::Outcome::Duplicate:
        return "duplicate";
    case InstanceIntake::Outcome::Rejected:
        return "rejected";
    case InstanceIntake::Outcome::Failed:
        return "failed";
    }
    return "failed";
}

} // namespace pellucid
