#include "core/cache/Cache.h"

#include "core/cache/InstanceIntake.h"

#include <QStandardPaths>
#include <QString>

#include <cstdlib>

namespace pellucid {
namespace fs = std::filesystem;

Cache::Cache(CacheFiles files, std::unique_ptr<CacheIndex> index)
    : files_(std::move(files))
    , index_(std::move(index)) {}

std::unique_ptr<Cache> Cache::open(const fs::path& root, std::string* error) {
    CacheFiles files(root);
    if (!files.prepare(error))
        return nullptr;
    auto index = CacheIndex::open(root / "index.sqlite", error);
    if (!index)
        return nullptr;
    return std::unique_ptr<Cache>(new Cache(std::move(files), std::move(index)));
}

fs::path Cache::defaultRoot() {
    if (const char* env = std::getenv("PELLUCID_CACHE"); env && *env)
        return fs::path(env);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QStringLiteral(".");
    return fs::path((base + QStringLiteral("/Pellucid/cache")).toStdU16String());
}

std::unique_ptr<CacheIndex> Cache::openIndex(std::string* error, CacheIndex::Mode mode) const {
    return CacheIndex::open(indexFile(), error, mode);
}

std::unique_ptr<InstanceIntake> Cache::openIntake(std::string* error) const {
    auto index = openIndex(error);
    if (!index)
        return nullptr;
    return std::unique_ptr<InstanceIntake>(new InstanceIntake(files_, std::move(index)));
}

} // namespace pellucid
