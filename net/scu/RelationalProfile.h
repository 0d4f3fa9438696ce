#pragma once

#include <memory>
#include <string>

class QTemporaryFile;

namespace pellucid {

// An association configuration file (DCMTK's format) proposing one C-FIND presentation context
// with the relational-queries extended negotiation item (PS3.4 C.4.1.2.1): DcmSCU takes
// extended negotiation only from such a file. The file is removed with the object.
class RelationalProfile {
public:
    explicit RelationalProfile(const char* findSopClassUid); // nullptr: no file
    ~RelationalProfile();
    RelationalProfile(const RelationalProfile&) = delete;
    RelationalProfile& operator=(const RelationalProfile&) = delete;

    bool ok() const { return !path_.empty(); }
    const std::string& path() const { return path_; }
    static const char* profileName() { return "RELATIONAL"; }

private:
    std::unique_ptr<QTemporaryFile> file_;
    std::string path_;
};

} // namespace pellucid
