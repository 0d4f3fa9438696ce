#include "app/cli/ImportingReceiveTarget.h"

#include "core/cache/Cache.h"
#include "core/import/Importer.h"

#include <memory>
#include <string>
#include <system_error>

namespace pellucid {

ReceiveTarget importingReceiveTarget(Cache& cache, const std::filesystem::path& stagingDir) {
    std::error_code ec;
    std::filesystem::create_directories(stagingDir, ec);
    auto counter = std::make_shared<unsigned long>(0);
    ReceiveTarget target;
    target.newStagedPath = [stagingDir, counter] {
        return stagingDir / ("retrieved-" + std::to_string(++*counter) + ".dcm");
    };
    target.admit = [&cache](const std::filesystem::path& staged, const std::string&) {
        ImportOptions options;
        options.workers = 1;
        const ImportReport report = Importer(cache, options).run({staged});
        std::error_code removeError;
        std::filesystem::remove(staged, removeError);
        InstanceIntake::Result result;
        if (report.imported == 1) {
            result.outcome = InstanceIntake::Outcome::Stored;
        } else if (report.duplicates == 1) {
            result.outcome = InstanceIntake::Outcome::Duplicate;
        } else if (!report.problems.empty()) {
            const ImportProblem& p = report.problems.front();
            const bool resources = p.kind == ImportProblemKind::WriteFailed ||
                                   p.kind == ImportProblemKind::DiskFull ||
                                   p.kind == ImportProblemKind::IndexFailed;
            result.outcome =
                resources ? InstanceIntake::Outcome::Failed : InstanceIntake::Outcome::Rejected;
            result.detail = std::string(problemCode(p.kind)) + ": " + p.detail;
        }
        return result;
    };
    return target;
}

} // namespace pellucid
