#pragma once

#include "net/GetScu.h"

#include <filesystem>

namespace pellucid {

class Cache;

// Admits received instances through the Importer, one file at a time, for as long as
// InstanceIntake (core/cache/InstanceIntake.h, being written on main) has no implementation on
// this branch. Same guarantees for the C-STORE answer: success only once the file is in the
// cache and the index. Replace with intakeTarget(InstanceIntake&) when it lands.
// Runs on the thread that opened `cache`.
ReceiveTarget importingReceiveTarget(Cache& cache, const std::filesystem::path& stagingDir);

} // namespace pellucid
