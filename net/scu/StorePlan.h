#pragma once

#include "net/scu/StoreFile.h"

#include <string>
#include <utility>
#include <vector>

namespace pellucid {

// One association of a send: the presentation contexts it proposes (one transfer syntax each,
// so that the node can accept some syntaxes of a class and refuse others) and the files it
// carries, in the order given.
struct StoreAssociationPlan {
    std::vector<std::pair<std::string, std::string>> contexts; // {SOP class, transfer syntax}
    std::vector<std::size_t> files;                            // indexes into the input
};

// Groups readable files into as few associations as the 128-context limit of PS3.8 allows
// (usually one); every SOP class's contexts stay together.
std::vector<StoreAssociationPlan>
planStoreAssociations(const std::vector<StoreFile>& files,
                      const std::vector<std::string>& preferredSyntaxes);

} // namespace pellucid
