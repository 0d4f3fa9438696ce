#include "core/display/WindowPresets.h"

#include "core/display/JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

namespace pellucid {
namespace {

// The built-in names, for lupdate; windowPresetsFor translates them in this context.
[[maybe_unused]] constexpr const char* kBuiltInNames[] = {
    QT_TRANSLATE_NOOP("WindowPresets", "Brain"),
    QT_TRANSLATE_NOOP("WindowPresets", "Subdural"),
    QT_TRANSLATE_NOOP("WindowPresets", "Stroke"),
    QT_TRANSLATE_NOOP("WindowPresets", "Temporal bone"),
    QT_TRANSLATE_NOOP("WindowPresets", "Lung"),
    QT_TRANSLATE_NOOP("WindowPresets", "Mediastinum"),
    QT_TRANSLATE_NOOP("WindowPresets", "Abdomen"),
    QT_TRANSLATE_NOOP("WindowPresets", "Liver"),
    QT_TRANSLATE_NOOP("WindowPresets", "Bone"),
    QT_TRANSLATE_NOOP("WindowPresets", "Soft tissue"),
    QT_TRANSLATE_NOOP("WindowPresets", "Angio"),
};

const WindowPresetTable& builtInPresets() {
    static WindowPresetTable table;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/pellucid/core/window-presets.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("window presets: the built-in resource is missing");
            return;
        }
        const QByteArray bytes = file.readAll();
        auto parsed = parseWindowPresets(std::string_view(bytes.constData(), bytes.size()));
        if (auto* t = std::get_if<WindowPresetTable>(&parsed))
            table = std::move(*t);
        else
            qWarning("window presets: %s", std::get<std::string>(parsed).c_str());
    });
    return table;
}

template <typename Count>
double percentileFromHistogram(const std::vector<Count>& histogram, int firstValue,
                               std::size_t rank) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < histogram.size(); ++i) {
        seen += histogram[i];
        if (seen >= rank)
            return double(i) + firstValue;
    }
    return double(histogram.size()) - 1 + firstValue;
}

} // namespace

std::vector<WindowPreset> windowPresetsFor(const std::string& modality) {
    const WindowPresetTable& table = builtInPresets();
    const auto it = table.find(modality);
    if (it == table.end())
        return {};
    std::vector<WindowPreset> presets = it->second;
    for (WindowPreset& p : presets)
        p.name = QCoreApplication::translate("WindowPresets", p.name.c_str()).toStdString();
    return presets;
}

std::variant<WindowPresetTable, std::string> parseWindowPresets(std::string_view json) {
    auto parsed = parseJsonText(json);
    if (auto* error = std::get_if<std::string>(&parsed))
        return *error;
    const QJsonDocument& doc = std::get<QJsonDocument>(parsed);
    if (!doc.isObject() || !doc.object().value(QLatin1String("modalities")).isObject())
        return std::string("expected an object with a \"modalities\" object");
    WindowPresetTable table;
    const QJsonObject modalities = doc.object().value(QLatin1String("modalities")).toObject();
    for (auto m = modalities.begin(); m != modalities.end(); ++m) {
        const std::string modality = m.key().toStdString();
        if (!m.value().isArray())
            return "modality " + modality + ": expected an array of presets";
        std::vector<WindowPreset>& presets = table[modality];
        const QJsonArray list = m.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::string where = modality + " preset " + std::to_string(i + 1);
            const QJsonObject o = list.at(i).toObject();
            const QJsonValue name = o.value(QLatin1String("name"));
            const QJsonValue center = o.value(QLatin1String("center"));
            const QJsonValue width = o.value(QLatin1String("width"));
            if (!name.isString() || name.toString().trimmed().isEmpty())
                return where + ": \"name\" must be a non-empty string";
            if (!center.isDouble() || !width.isDouble())
                return where + ": \"center\" and \"width\" must be numbers";
            if (!(width.toDouble() >= 1))
                return where + ": \"width\" must be at least 1";
            presets.push_back({name.toString().toStdString(), center.toDouble(), width.toDouble()});
        }
    }
    return table;
}

std::pair<double, double> autoWindow(const SliceSamples& slice) {
    const std::size_t n = slice.pixelCount();
    if (!slice.data || n == 0)
        return {0, 1};
    // Nearest rank: the p-th percentile is the value at rank ceil(p * n) (1-based).
    const std::size_t lowRank = std::max<std::size_t>(1, (n + 99) / 100);
    const std::size_t highRank = std::max<std::size_t>(1, (99 * n + 99) / 100);
    double low = 0, high = 0;
    if (slice.type == VoxelType::UInt8 || slice.type == VoxelType::Int16) {
        const bool bytes = slice.type == VoxelType::UInt8;
        std::vector<std::uint32_t> histogram(bytes ? 256 : 65536, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (bytes) {
                ++histogram[slice.data[i]];
            } else {
                std::int16_t v;
                std::memcpy(&v, slice.data + 2 * i, 2);
                ++histogram[std::size_t(v + 32768)];
            }
        }
        const int first = bytes ? 0 : -32768;
        low = percentileFromHistogram(histogram, first, lowRank);
        high = percentileFromHistogram(histogram, first, highRank);
    } else {
        std::vector<double> values;
        values.reserve(n);
        for (int y = 0; y < slice.height; ++y)
            for (int x = 0; x < slice.width; ++x)
                if (const double v = slice.valueAt(x, y); std::isfinite(v))
                    values.push_back(v);
        if (values.empty())
            return {0, 1};
        const auto at = [&](std::size_t rank) {
            const auto k = std::min(rank, values.size()) - 1;
            std::nth_element(values.begin(), values.begin() + long(k), values.end());
            return values[k];
        };
        const std::size_t m = values.size();
        low = at(std::max<std::size_t>(1, (m + 99) / 100));
        high = at(std::max<std::size_t>(1, (99 * m + 99) / 100));
    }
    return {(low + high) / 2, std::max(1.0, high - low)};
}

} // namespace pellucid
