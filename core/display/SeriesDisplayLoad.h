#pragma once

#include "core/display/AnnotationLayout.h"
#include "core/display/DisplayedSeries.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

class QTimer;

namespace pellucid {

// Loads one series for display off the GUI thread: the middle file's frame first (shown as a
// preview before the other headers are read), then the volume, the slice to show first
// decoded first. Signals arrive on the GUI thread; slice progress is coalesced so that a
// 1000-slice series does not post 1000 repaints. Destroying the object cancels the load.
class SeriesDisplayLoad : public QObject {
    Q_OBJECT
public:
    // `templates`: the corner templates whose header values to read (null: the built-in ones).
    // `presentationStates`: the study's presentation state files; those that reference a slice
    // are read with the headers (DisplayedSeries::presentationStates).
    SeriesDisplayLoad(std::vector<std::filesystem::path> files,
                      std::shared_ptr<const AnnotationTemplates> templates = nullptr,
                      QObject* parent = nullptr,
                      std::vector<std::filesystem::path> presentationStates = {});
    ~SeriesDisplayLoad() override;

    void start();
    void cancel();
    // Valid from the first signal on; the same object for the whole load.
    const std::shared_ptr<DisplayedSeries>& series() const { return series_; }
    int slicesLoaded() const { return loaded_.load(); }

signals:
    void previewReady();
    void volumeCreated(); // series()->volume is set; slices fill in
    void progressed(int loaded, int total);
    void finished(const QString& error); // empty on success

private:
    void run();

    std::vector<std::filesystem::path> files_;
    std::vector<std::filesystem::path> stateFiles_;
    std::shared_ptr<const AnnotationTemplates> templates_;
    std::shared_ptr<DisplayedSeries> series_;
    std::atomic<bool> cancel_{false};
    std::atomic<int> loaded_{0};
    std::atomic<int> total_{0};
    std::thread worker_;
    QTimer* progress_ = nullptr;
};

// What the display needs from a header: annotation values, the file's windows, the shutter.
void describeSeriesFromHeader(const std::filesystem::path& file, DisplayedSeries& series,
                              const AnnotationTemplates* templates = nullptr);

} // namespace pellucid
