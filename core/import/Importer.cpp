#include "core/import/Importer.h"

#include "core/cache/Cache.h"
#include "core/cache/CacheWriter.h"
#include "core/dicom/DcmtkSetup.h"
#include "core/dicom/InputFile.h"
#include "core/dicom/InstanceHeader.h"
#include "core/import/DicomdirReader.h"
#include "core/import/InputWalker.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

namespace pellucid {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

// Files to read. Readers of DICOMDIRs add to it while it is being drained, so it closes when
// nothing is queued and nobody is still working on an item that could add more.
class WorkQueue {
public:
    void hold() {
        std::lock_guard lock(mutex_);
        ++outstanding_;
    }
    void push(fs::path file) {
        std::lock_guard lock(mutex_);
        items_.push_back(std::move(file));
        ++outstanding_;
        ++pushed_;
        ready_.notify_one();
    }
    std::optional<fs::path> pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !items_.empty() || outstanding_ == 0; });
        if (items_.empty())
            return std::nullopt;
        fs::path file = std::move(items_.front());
        items_.pop_front();
        return file;
    }
    void release() {
        std::lock_guard lock(mutex_);
        if (--outstanding_ == 0)
            ready_.notify_all();
    }
    std::size_t pushed() const {
        std::lock_guard lock(mutex_);
        return pushed_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<fs::path> items_;
    std::size_t outstanding_ = 0;
    std::size_t pushed_ = 0;
};

struct StagedInstance {
    InstanceHeader header;
    CacheFiles::Staged staged;
    std::string sourcePath;
};

// What the workers hand to the committing thread.
struct WorkerOutput {
    std::vector<StagedInstance> staged;
    std::vector<ImportProblem> problems;
    std::size_t duplicates = 0;
    std::size_t dicomdirs = 0;
    bool empty() const { return staged.empty() && problems.empty() && !duplicates && !dicomdirs; }
};

class OutputChannel {
public:
    void add(StagedInstance s) {
        std::lock_guard lock(mutex_);
        out_.staged.push_back(std::move(s));
        ready_.notify_one();
    }
    void add(ImportProblem p) {
        std::lock_guard lock(mutex_);
        out_.problems.push_back(std::move(p));
        ready_.notify_one();
    }
    void addDuplicate() {
        std::lock_guard lock(mutex_);
        ++out_.duplicates;
        ready_.notify_one();
    }
    void addDicomdir() {
        std::lock_guard lock(mutex_);
        ++out_.dicomdirs;
    }
    void producersDone() {
        std::lock_guard lock(mutex_);
        done_ = true;
        ready_.notify_all();
    }
    // Takes what is there, waiting up to `wait` for something; `finished` once producers are
    // done and everything was taken.
    WorkerOutput take(std::chrono::milliseconds wait, bool* finished) {
        std::unique_lock lock(mutex_);
        ready_.wait_for(lock, wait, [&] { return !out_.empty() || done_; });
        WorkerOutput taken = std::move(out_);
        out_ = {};
        *finished = done_;
        return taken;
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    WorkerOutput out_;
    bool done_ = false;
};

// A bare dataset (no Part 10 header) is rewritten with one, so that every file in the cache
// can be sent and read like any other.
std::variant<CacheFiles::Staged, ImportProblem> stageWithMetaHeader(CacheFiles& files,
                                                                    const fs::path& source) {
    const std::string sourceText = source.string();
    DcmFileFormat fileFormat;
    OFCondition cond = fileFormat.loadFile(sourceText.c_str(), EXS_Unknown, EGL_noChange,
                                           DCM_MaxReadLength, ERM_dataset);
    if (cond.bad())
        return ImportProblem{ImportProblemKind::Unreadable, sourceText, cond.text()};
    const fs::path target = files.newStagedPath();
    cond = fileFormat.saveFile(target.string().c_str(), EXS_Unknown, EET_ExplicitLength,
                               EGL_recalcGL, EPD_noChange, 0, 0, EWM_createNewMeta);
    if (cond.bad()) {
        files.discard(target);
        return ImportProblem{ImportProblemKind::WriteFailed, sourceText, cond.text()};
    }
    return files.adoptStaged(target, sourceText);
}

class ImportRun {
public:
    ImportRun(Cache& cache, const ImportOptions& options, const std::atomic<bool>* cancel)
        : cache_(cache)
        , options_(options)
        , cancel_(cancel)
        , writer_(cache.files(), cache.index(), CacheWriter::Durability::SyncBeforePublish)
        , walker_([this](const fs::path& f) { queue_.push(f); },
                  [this](ImportProblem p) { output_.add(std::move(p)); }, cancel) {}

    ImportReport run(const std::vector<fs::path>& inputs, const Importer::ProgressCallback& cb) {
        const auto start = Clock::now();
        ImportReport report;
        if (const std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty()) {
            report.problems.push_back({ImportProblemKind::Unreadable, {}, dcmtk});
            return report;
        }
        queue_.hold(); // the walker's token: the queue stays open until the walk is over
        std::thread walkThread([&] {
            walker_.walk(inputs);
            walkDone_ = true;
            queue_.release();
        });
        int workers = options_.workers;
        if (workers <= 0)
            workers = std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
        std::atomic<int> running{workers};
        std::vector<std::thread> pool;
        for (int i = 0; i < workers; ++i)
            pool.emplace_back([&] {
                work();
                if (--running == 0)
                    output_.producersDone();
            });

        commit(report, cb);

        walkThread.join();
        for (auto& t : pool)
            t.join();
        report.cancelled = cancelled();
        report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        return report;
    }

private:
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }

    void work() {
        std::string error;
        // Checking the index before copying saves re-copying a study imported twice; the
        // insert's ON CONFLICT still decides when two processes race.
        std::unique_ptr<CacheIndex> reader = cache_.openIndex(&error, CacheIndex::Mode::ReadOnly);
        while (auto file = queue_.pop()) {
            if (!cancelled())
                process(*file, reader.get());
            queue_.release();
        }
    }

    void followDicomdir(const fs::path& file) {
        output_.addDicomdir();
        auto result = readDicomdir(file);
        if (auto* problem = std::get_if<ImportProblem>(&result)) {
            output_.add(std::move(*problem));
            return;
        }
        for (const DicomdirFile* f : std::get<Dicomdir>(result).allFiles()) {
            if (f->problem)
                output_.add(*f->problem);
            else
                walker_.offer(f->resolved);
        }
    }

    void process(const fs::path& file, CacheIndex* reader) {
        if (hasDicomdirName(file)) {
            followDicomdir(file);
            return;
        }
        std::string error;
        const auto input = InputFile::open(file, &error);
        if (!input) {
            output_.add(ImportProblem{ImportProblemKind::Unreadable, file.string(), error});
            return;
        }
        HeaderResult result = readInstanceHeader(*input);
        if (auto* problem = std::get_if<ImportProblem>(&result)) {
            if (problem->kind == ImportProblemKind::NotAnInstance &&
                problem->detail == kDicomdirDetail)
                followDicomdir(file);
            else
                output_.add(std::move(*problem));
            return;
        }
        InstanceHeader& header = std::get<InstanceHeader>(result);
        {
            std::lock_guard lock(claimMutex_);
            if (!claimed_.insert(header.sopInstanceUid).second) {
                output_.addDuplicate();
                return;
            }
        }
        if (reader && reader->containsInstance(header.sopInstanceUid)) {
            output_.addDuplicate();
            return;
        }
        auto staged = header.hasMetaHeader ? cache_.files().stageCopy(*input)
                                           : stageWithMetaHeader(cache_.files(), file);
        if (auto* problem = std::get_if<ImportProblem>(&staged)) {
            output_.add(std::move(*problem));
            return;
        }
        header.hasMetaHeader = true;
        output_.add(
            StagedInstance{std::move(header), std::get<CacheFiles::Staged>(staged), file.string()});
    }

    // The calling thread: batches staged files, makes them durable, renames them into place
    // and records them. Runs until every worker is done.
    void commit(ImportReport& report, const Importer::ProgressCallback& cb) {
        std::vector<StagedInstance> pending;
        std::set<std::string> studies;
        auto batchStart = Clock::now();
        auto lastReport = Clock::now() - std::chrono::seconds(1);
        bool finished = false;
        while (!finished) {
            WorkerOutput out = output_.take(std::chrono::milliseconds(50), &finished);
            if (pending.empty())
                batchStart = Clock::now();
            for (auto& s : out.staged)
                pending.push_back(std::move(s));
            report.duplicates += out.duplicates;
            report.dicomdirs += out.dicomdirs;
            for (auto& p : out.problems)
                report.problems.push_back(std::move(p));
            const bool full = pending.size() >= options_.batchSize;
            const bool due = Clock::now() - batchStart >=
                             std::chrono::milliseconds(options_.maxBatchMilliseconds);
            if (!pending.empty() && (full || due || finished))
                flush(pending, report, studies);
            if (cb && (finished || Clock::now() - lastReport > std::chrono::milliseconds(100))) {
                ImportProgress progress;
                progress.found = queue_.pushed() - report.dicomdirs;
                progress.imported = report.imported;
                progress.duplicates = report.duplicates;
                progress.rejected = report.problems.size();
                progress.processed = progress.imported + progress.duplicates + progress.rejected;
                progress.bytes = bytes_;
                progress.walkDone = walkDone_;
                cb(progress);
                lastReport = Clock::now();
            }
        }
        report.studyInstanceUids.assign(studies.begin(), studies.end());
    }

    void flush(std::vector<StagedInstance>& pending, ImportReport& report,
               std::set<std::string>& studies) {
        std::vector<IncomingInstance> batch;
        batch.reserve(pending.size());
        for (auto& s : pending)
            batch.push_back(
                {std::move(s.header), s.staged.path, s.staged.size, "import:" + s.sourcePath});
        const std::vector<CacheWriter::Written> written = writer_.commit(batch);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const std::string& source = pending[i].sourcePath;
            const CacheWriter::Written& w = written[i];
            switch (w.outcome) {
            case CacheWriter::Outcome::Stored:
                ++report.imported;
                bytes_ += batch[i].size;
                studies.insert(batch[i].header.studyInstanceUid);
                if (batch[i].header.lacksPixelData)
                    report.warnings.push_back({ImportProblemKind::NoPixelData, source, {}});
                break;
            case CacheWriter::Outcome::Duplicate:
                ++report.duplicates;
                break;
            case CacheWriter::Outcome::PlaceFailed:
            case CacheWriter::Outcome::SyncFailed:
                report.problems.push_back({ImportProblemKind::WriteFailed, source, w.error});
                break;
            case CacheWriter::Outcome::IndexFailed:
                report.problems.push_back({ImportProblemKind::IndexFailed, source, w.error});
                break;
            }
        }
        pending.clear();
    }

    Cache& cache_;
    const ImportOptions& options_;
    const std::atomic<bool>* cancel_;
    CacheWriter writer_;
    WorkQueue queue_;
    OutputChannel output_;
    InputWalker walker_;
    std::atomic<bool> walkDone_{false};
    std::uint64_t bytes_ = 0;
    std::mutex claimMutex_;
    std::unordered_set<std::string> claimed_;
};

} // namespace

Importer::Importer(Cache& cache, ImportOptions options)
    : cache_(cache)
    , options_(options) {}

ImportReport Importer::run(const std::vector<fs::path>& inputs, const ProgressCallback& progress,
                           const std::atomic<bool>* cancel) {
    ImportRun run(cache_, options_, cancel);
    return run.run(inputs, progress);
}

} // namespace pellucid
