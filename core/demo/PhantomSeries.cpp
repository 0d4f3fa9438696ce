#include "core/demo/PhantomSeries.h"

#include "core/dicom/DcmtkSetup.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace pellucid {
namespace fs = std::filesystem;
namespace {

constexpr double kPi = 3.14159265358979323846;

struct SeriesIds {
    std::string study, series, frameOfReference;
};

// Deterministic noise so that the same slice always looks the same (tests compare renders).
class NoiseSource {
public:
    explicit NoiseSource(std::uint64_t seed)
        : state_(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
    // Roughly normal (sum of four uniforms), standard deviation ~1.
    double next() {
        double sum = 0;
        for (int i = 0; i < 4; ++i) {
            state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
            sum += static_cast<double>(state_ >> 11) / 9007199254740992.0;
        }
        return (sum - 2.0) * 1.732;
    }

private:
    std::uint64_t state_;
};

bool insideEllipse(double x, double y, double cx, double cy, double rx, double ry) {
    const double dx = (x - cx) / rx, dy = (y - cy) / ry;
    return dx * dx + dy * dy < 1.0;
}

// Hounsfield units at (x, y) in [-1, 1] on a slice at height z in [0, 1] (0 = neck).
double phantomHu(double x, double y, double z) {
    const double bodyA = 0.86 + 0.05 * std::sin(kPi * z), bodyB = 0.58 + 0.06 * std::sin(kPi * z);
    if (!insideEllipse(x, y, 0, 0.05, bodyA, bodyB))
        return -1000;
    double hu = 40; // soft tissue
    if (!insideEllipse(x, y, 0, 0.05, bodyA - 0.05, bodyB - 0.05))
        hu = -100;                                // subcutaneous fat
    if (insideEllipse(x, y, 0, 0.42, 0.08, 0.08)) // vertebral body with a cortex
        return insideEllipse(x, y, 0, 0.42, 0.065, 0.065) ? 300 : 1100;
    if (z < 0.55) { // thorax
        const double r = 0.34 * std::sin(kPi * (z + 0.12) / 0.8);
        for (double cx : {-0.38, 0.38})
            if (insideEllipse(x, y, cx, 0.0, 0.75 * r + 0.02, 1.15 * r + 0.02))
                hu = -850;
        if (z > 0.2 && insideEllipse(x, y, 0.08, -0.05, 0.2, 0.17))
            hu = 45; // heart
        if (insideEllipse(x, y, 0.12, 0.25, 0.05, 0.05))
            hu = 250; // contrast-filled descending aorta
        if (insideEllipse(x, y, -0.43, 0.02, 0.035, 0.035) && z > 0.15 && z < 0.22)
            hu = 65; // a small lung nodule over a few slices
    } else {         // abdomen
        if (insideEllipse(x, y, -0.28, 0.0, 0.34, 0.3))
            hu = 60; // liver
        if (insideEllipse(x, y, 0.06, 0.28, 0.045, 0.045))
            hu = 220; // abdominal aorta
        for (double cx : {-0.3, 0.3})
            if (z > 0.7 && insideEllipse(x, y, cx, 0.3, 0.09, 0.12))
                hu = 150; // kidneys
        if (insideEllipse(x, y, -0.22, -0.08, 0.06, 0.06) && z > 0.62 && z < 0.7)
            hu = 110; // hyperdense liver lesion
    }
    return hu;
}

std::string formatDs(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

std::string writeSlice(const fs::path& file, const PhantomSpec& spec, const SeriesIds& ids,
                       int index) {
    const int n = spec.size;
    const double pixelMm = spec.fieldOfViewMm / n;
    const double z = spec.slices > 1 ? double(index) / (spec.slices - 1) : 0.5;
    NoiseSource noise(static_cast<std::uint64_t>(index) + 17);
    std::vector<Uint16> pixels(static_cast<std::size_t>(n) * n);
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) {
            const double x = (col + 0.5) / n * 2 - 1, y = (row + 0.5) / n * 2 - 1;
            double hu = phantomHu(x, y, z);
            if (hu > -1000)
                hu += 10 * noise.next(); // scanner noise inside the body only
            pixels[static_cast<std::size_t>(row) * n + col] =
                static_cast<Uint16>(std::clamp(std::lround(hu + 1024), 0L, 4095L));
        }

    DcmFileFormat fileFormat;
    DcmDataset& d = *fileFormat.getDataset();
    const std::string sop = newUid();
    const double zMm = -index * spec.sliceSpacingMm;
    const double corner = -spec.fieldOfViewMm / 2 + pixelMm / 2;
    const std::string spacing = formatDs(pixelMm) + "\\" + formatDs(pixelMm);
    const std::string position = formatDs(corner) + "\\" + formatDs(corner) + "\\" + formatDs(zMm);
    const std::vector<std::pair<DcmTagKey, std::string>> text = {
        {DCM_SpecificCharacterSet, "ISO_IR 192"},
        {DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL"},
        {DCM_SOPClassUID, UID_CTImageStorage},
        {DCM_SOPInstanceUID, sop},
        {DCM_StudyDate, "20240115"},
        {DCM_SeriesDate, "20240115"},
        {DCM_ContentDate, "20240115"},
        {DCM_StudyTime, "093000"},
        {DCM_SeriesTime, "093512"},
        {DCM_ContentTime, "093512"},
        {DCM_AccessionNumber, "DEMO0001"},
        {DCM_Modality, "CT"},
        {DCM_Manufacturer, "Pellucid"},
        {DCM_InstitutionName, "Pellucid Demo Hospital"},
        {DCM_ReferringPhysicianName, "DEMO^REFERRER"},
        {DCM_StationName, "PHANTOM01"},
        {DCM_StudyDescription, spec.studyDescription},
        {DCM_SeriesDescription, "AX SOFT TISSUE 2.5mm"},
        {DCM_ManufacturerModelName, "Synthetic Phantom"},
        {DCM_PatientName, spec.patientName},
        {DCM_PatientID, spec.patientId},
        {DCM_PatientBirthDate, "19700101"},
        {DCM_PatientSex, "O"},
        {DCM_PatientAge, "054Y"},
        {DCM_BodyPartExamined, "CHEST"},
        {DCM_SliceThickness, formatDs(spec.sliceSpacingMm)},
        {DCM_KVP, "120"},
        {DCM_ConvolutionKernel, "B30f"},
        {DCM_PatientPosition, "HFS"},
        {DCM_StudyInstanceUID, ids.study},
        {DCM_SeriesInstanceUID, ids.series},
        {DCM_StudyID, "1"},
        {DCM_SeriesNumber, "2"},
        {DCM_AcquisitionNumber, "1"},
        {DCM_InstanceNumber, std::to_string(index + 1)},
        {DCM_ImagePositionPatient, position},
        {DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0"},
        {DCM_FrameOfReferenceUID, ids.frameOfReference},
        {DCM_SliceLocation, formatDs(zMm)},
        {DCM_PhotometricInterpretation, "MONOCHROME2"},
        {DCM_PixelSpacing, spacing},
        {DCM_WindowCenter, "40\\-600"},
        {DCM_WindowWidth, "400\\1500"},
        {DCM_WindowCenterWidthExplanation, "SOFT TISSUE\\LUNG"},
        {DCM_RescaleIntercept, "-1024"},
        {DCM_RescaleSlope, "1"},
        {DCM_RescaleType, "HU"},
    };
    OFCondition cond;
    for (const auto& [tag, value] : text)
        if (cond.good())
            cond = d.putAndInsertString(tag, value.c_str());
    if (cond.good())
        cond = d.putAndInsertString(DCM_PositionReferenceIndicator, "");
    const std::vector<std::pair<DcmTagKey, Uint16>> numbers = {
        {DCM_SamplesPerPixel, 1},
        {DCM_Rows, static_cast<Uint16>(n)},
        {DCM_Columns, static_cast<Uint16>(n)},
        {DCM_BitsAllocated, 16},
        {DCM_BitsStored, 12},
        {DCM_HighBit, 11},
        {DCM_PixelRepresentation, 0},
    };
    for (const auto& [tag, value] : numbers)
        if (cond.good())
            cond = d.putAndInsertUint16(tag, value);
    if (cond.good())
        cond = d.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                                         static_cast<unsigned long>(pixels.size()));
    if (cond.good())
        cond = fileFormat.saveFile(file.string().c_str(), EXS_LittleEndianExplicit);
    return cond.good() ? std::string() : std::string(cond.text());
}

} // namespace

std::string newUid() {
    // 128 bits as a decimal number, by repeated division of the big-endian bytes by ten.
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    std::array<unsigned, 16> digits{};
    for (int i = 0; i < 16; ++i)
        digits[static_cast<std::size_t>(i)] = static_cast<unsigned char>(bytes[i]);
    std::string decimal;
    for (;;) {
        unsigned remainder = 0;
        bool zero = true;
        for (unsigned& d : digits) {
            const unsigned value = remainder * 256 + d;
            d = value / 10;
            remainder = value % 10;
            zero = zero && d == 0;
        }
        decimal.push_back(static_cast<char>('0' + remainder));
        if (zero)
            break;
    }
    std::reverse(decimal.begin(), decimal.end());
    return "2.25." + decimal;
}

std::string writePhantomSeries(const fs::path& folder, const PhantomSpec& spec,
                               const std::function<void(int, int)>& progress,
                               const std::atomic<bool>* cancel) {
    if (std::string dcmtk = ensureDcmtkReady(); !dcmtk.empty())
        return dcmtk;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return "cannot create " + folder.string() + ": " + ec.message();
    const SeriesIds ids{newUid(), newUid(), newUid()};
    std::atomic<int> next{0}, done{0};
    std::mutex errorMutex;
    std::string firstError;
    auto worker = [&] {
        for (int i = next++; i < spec.slices; i = next++) {
            if (cancel && cancel->load())
                return;
            char name[16];
            std::snprintf(name, sizeof name, "IM%04d", i + 1);
            if (std::string error = writeSlice(folder / name, spec, ids, i); !error.empty()) {
                std::lock_guard lock(errorMutex);
                if (firstError.empty())
                    firstError = error;
                return;
            }
            const int finished = ++done;
            if (progress)
                progress(finished, spec.slices);
        }
    };
    std::vector<std::thread> threads;
    const unsigned count = std::max(1u, std::thread::hardware_concurrency());
    for (unsigned t = 0; t < count; ++t)
        threads.emplace_back(worker);
    for (auto& t : threads)
        t.join();
    if (firstError.empty() && cancel && cancel->load())
        return "cancelled";
    return firstError;
}

} // namespace pellucid
