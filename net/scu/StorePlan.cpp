#include "net/scu/StorePlan.h"

#include "net/scu/StoreSyntaxes.h"

#include <algorithm>
#include <map>

namespace pellucid {

namespace {
constexpr std::size_t kMaxContexts = 128; // presentation context IDs are the odd bytes 1..255
}

std::vector<StoreAssociationPlan>
planStoreAssociations(const std::vector<StoreFile>& files,
                      const std::vector<std::string>& preferredSyntaxes) {
    // Per SOP class, in order of first appearance: its syntaxes and its files.
    std::vector<std::string> classes;
    std::map<std::string, std::vector<std::string>> syntaxesOfClass;
    std::map<std::string, std::vector<std::size_t>> filesOfClass;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const StoreFile& file = files[i];
        if (!file.readable)
            continue;
        if (!filesOfClass.count(file.sopClassUid))
            classes.push_back(file.sopClassUid);
        filesOfClass[file.sopClassUid].push_back(i);
        auto& syntaxes = syntaxesOfClass[file.sopClassUid];
        for (const auto& syntax : sendableSyntaxes(file.transferSyntaxUid, preferredSyntaxes))
            if (std::find(syntaxes.begin(), syntaxes.end(), syntax) == syntaxes.end())
                syntaxes.push_back(syntax);
    }
    std::vector<StoreAssociationPlan> plans;
    for (const auto& sopClass : classes) {
        auto syntaxes = syntaxesOfClass[sopClass];
        if (syntaxes.size() > kMaxContexts)
            syntaxes.resize(kMaxContexts); // the most wanted ones; absurd in practice
        if (plans.empty() || plans.back().contexts.size() + syntaxes.size() > kMaxContexts)
            plans.emplace_back();
        for (const auto& syntax : syntaxes)
            plans.back().contexts.emplace_back(sopClass, syntax);
        const auto& indexes = filesOfClass[sopClass];
        plans.back().files.insert(plans.back().files.end(), indexes.begin(), indexes.end());
    }
    // Keep the caller's order within an association (progress reads naturally).
    for (auto& plan : plans)
        std::sort(plan.files.begin(), plan.files.end());
    return plans;
}

} // namespace pellucid
