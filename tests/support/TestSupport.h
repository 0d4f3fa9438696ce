#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>
#include <string>

namespace pellucid::test {

// pydicom's sample files (Debian's python3-pydicom, installed by the test set-up).
std::filesystem::path pydicomData();
std::filesystem::path sourceDir();

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
// Runs pellucid-cli with `args`; fails the calling test if it does not finish in time.
CliRun runCli(const QStringList& args, int timeoutMs = 120000);

// A small DICOM instance written with DCMTK, for the cases the sample files do not cover.
struct TestInstance {
    std::string studyUid = "1.2.826.0.1.3680043.8.498.1";
    std::string seriesUid = "1.2.826.0.1.3680043.8.498.1.1";
    std::string sopUid = "1.2.826.0.1.3680043.8.498.1.1.1";
    std::string sopClassUid = "1.2.840.10008.5.1.4.1.1.2"; // CT Image Storage
    std::string patientName = "TEST^PATIENT";              // raw bytes, in `charset`
    std::string charset;                                   // (0008,0005), empty: none
    std::string patientId = "TEST001";
    std::string modality = "CT";
    std::string studyDate = "20240102";
    int instanceNumber = 1;
    int rows = 16;
    int columns = 16;
    bool metaHeader = true; // false: a bare dataset
    bool explicitVr = true; // transfer syntax when written
    bool withPixelData = true;
};
void writeInstance(const std::filesystem::path& file, const TestInstance& spec);

// Runs a program to completion (bounded); fails the calling test when it does not exit 0.
// Returns its standard output.
QByteArray runTool(const QString& program, const QStringList& args, int timeoutMs = 120000);

// Reference pixel values computed by pydicom (tests/tools/pixel-reference.py): all frames of
// `file` in the FrameLayout convention, and their layout.
struct PixelReference {
    QByteArray bytes;
    int rows = 0, columns = 0, samples = 1, bits = 16, frames = 1;
    bool isSigned = false;
    bool valid = false;
};
PixelReference pixelReference(const std::filesystem::path& file,
                              const std::filesystem::path& scratchDir);

// A TCP port on 127.0.0.1 that was free a moment ago, for a peer the test starts.
int freePort();

void writeBytes(const std::filesystem::path& file, const QByteArray& bytes);
QByteArray readBytes(const std::filesystem::path& file);

// Every indexed file exists, has the recorded size and parses; no staged file is left over.
// Returns what is wrong, or an empty string.
QString checkCacheConsistency(const std::filesystem::path& cacheRoot);

} // namespace pellucid::test
