#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/pixel/SeriesVolume.h"

#include <QFileInfo>
#include <QJsonArray>

#include <chrono>
#include <filesystem>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace pellucid {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

qint64 peakResidentBytes() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<qint64>(usage.ru_maxrss) * 1024; // kilobytes on Linux
#else
    return -1;
#endif
}

const char* typeName(VoxelType t) {
    switch (t) {
    case VoxelType::UInt8:
        return "uint8";
    case VoxelType::Int16:
        return "int16";
    case VoxelType::Float32:
        return "float32";
    case VoxelType::Rgb8:
        return "rgb8";
    case VoxelType::Rgb16:
        return "rgb16";
    }
    return "";
}

QJsonArray strings(const std::vector<std::string>& list) {
    QJsonArray a;
    for (const auto& s : list)
        a.append(QString::fromStdString(s));
    return a;
}

} // namespace

int runLoad(const CliContext& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Load a series into one volume as the viewer does, and report its geometry, "
                "irregularities, time and memory."));
    parser.addPositionalArgument(QStringLiteral("SERIES"),
                                 Cli::tr("A Series (or Study) Instance UID in the cache, or files "
                                         "and folders."),
                                 QStringLiteral("SERIES|PATH..."));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     Cli::tr("Decoding threads (default: one per core)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({threads, json});
    if (const auto exit = context.parse(parser))
        return *exit;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        printMessage(Cli::tr("load: give a series UID or files"));
        return ExitUsage;
    }
    bool ok = false;
    SeriesLoader::Options options;
    options.threads = parser.value(threads).toInt(&ok);
    if (!ok || options.threads < 0) {
        printMessage(Cli::tr("load: --threads takes a number"));
        return ExitUsage;
    }

    std::vector<std::filesystem::path> files;
    if (args.size() == 1 && !QFileInfo::exists(args.first())) {
        auto cache = context.openCache();
        if (!cache)
            return ExitFailed;
        for (const std::string& f :
             CacheContents(cache->index()).filesOf({args.first().toStdString()}))
            files.push_back(cache->files().absolute(f));
        if (files.empty()) {
            printMessage(
                Cli::tr("load: %1 is neither a path nor a UID in the cache").arg(args.first()));
            return ExitFailed;
        }
    } else {
        for (const QString& a : args) {
            const std::filesystem::path p(a.toStdU16String());
            std::error_code ec;
            if (std::filesystem::is_directory(p, ec)) {
                for (const auto& e : std::filesystem::recursive_directory_iterator(p, ec))
                    if (e.is_regular_file())
                        files.push_back(e.path());
            } else {
                files.push_back(p);
            }
        }
    }

    const auto start = Clock::now();
    std::atomic<double> firstImageMs{-1};
    std::atomic<double> planDoneMs{-1};
    SeriesLoadResult loaded = loadSeriesFiles(
        files, 0, options, [&](const FirstImage&) { firstImageMs = msSince(start); },
        [&](int) {
            double unset = -1;
            planDoneMs.compare_exchange_strong(unset, msSince(start));
        });
    const double totalMs = msSince(start);
    const SeriesPlan& plan = loaded.plan;
    QJsonArray stacks;
    for (const SliceStack& s : plan.stacks)
        stacks.append(
            QJsonObject{{"slices", static_cast<qint64>(s.slices.size())},
                        {"rows", s.rows},
                        {"columns", s.columns},
                        {"spacing", QJsonArray{s.rowSpacing, s.columnSpacing, s.sliceSpacing}},
                        {"calibrated", s.calibrated},
                        {"notes", strings(s.notes)}});
    QJsonObject result{{"files", static_cast<qint64>(files.size())},
                       {"stacks", stacks},
                       {"problems", strings(plan.problems)}};
    if (!loaded.volume) {
        printMessage(Cli::tr("load: %1").arg(QString::fromStdString(loaded.error)));
        if (parser.isSet(json))
            printJson(result);
        return ExitFailed;
    }
    const SliceStack& stack = plan.stacks.front();
    const SeriesVolume& volume = *loaded.volume;
    qint64 rawBytes = 0;
    QJsonArray sliceErrors;
    for (int i = 0; i < volume.depth(); ++i) {
        const SliceSource& s = plan.sources[stack.slices[std::size_t(i)]];
        const FrameLayout& l = s.pixels->description().layout;
        rawBytes += static_cast<qint64>(std::size_t(l.rows) * std::size_t(l.columns) *
                                        std::size_t(l.samplesPerPixel) *
                                        std::size_t(std::max(l.bitsAllocated, 8) / 8));
        if (!volume.sliceError(i).empty())
            sliceErrors.append(QJsonObject{
                {"slice", i + 1}, {"error", QString::fromStdString(volume.sliceError(i))}});
    }
    result.insert("loaded", QJsonObject{{"voxelType", typeName(volume.type())},
                                        {"width", volume.width()},
                                        {"height", volume.height()},
                                        {"depth", volume.depth()},
                                        {"bytes", static_cast<qint64>(volume.byteSize())},
                                        {"rawBytes", rawBytes},
                                        {"peakResidentBytes", peakResidentBytes()},
                                        {"firstImageMs", firstImageMs.load()},
                                        {"firstSliceInVolumeMs", planDoneMs.load()},
                                        {"totalMs", totalMs},
                                        {"sliceErrors", sliceErrors}});
    if (parser.isSet(json))
        printJson(result);
    else
        printMessage(Cli::tr("%1 slices of %2 x %3 (%4) in %5 ms, first image after %6 ms")
                         .arg(volume.depth())
                         .arg(volume.width())
                         .arg(volume.height())
                         .arg(QString::fromLatin1(typeName(volume.type())))
                         .arg(totalMs, 0, 'f', 1)
                         .arg(firstImageMs.load(), 0, 'f', 1));
    return plan.problems.empty() && sliceErrors.isEmpty() ? ExitOk : ExitFailed;
}

} // namespace pellucid
