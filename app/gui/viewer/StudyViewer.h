#pragma once

#include <QString>
#include <QWidget>

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QProgressBar;
class QToolBar;

namespace pellucid {

class Cache;
struct AnnotationTemplates;
class PresentationStateMenu;
class PresentationStateSave;
class SeriesDisplayLoad;
class SeriesStrip;
class SliceViewport;
class ViewportGrid;
enum class ViewportTool;

// One open study: its series strip, the viewport grid and the reading tools. Series load off
// the GUI thread (first image first), are shared by the viewports that show them, and are
// released with the tab.
class StudyViewer : public QWidget {
    Q_OBJECT
public:
    StudyViewer(Cache& cache, const QString& studyInstanceUid, QWidget* parent = nullptr);
    ~StudyViewer() override;

    QString studyInstanceUid() const { return studyUid_; }
    QString title() const { return title_; }
    ViewportGrid& grid() { return *grid_; }
    SeriesStrip& strip() { return *strip_; }
    SliceViewport* activeViewport() const;
    QStringList seriesUids() const;
    // Shows a series in a viewport (loading it unless another viewport already has it).
    void showSeries(SliceViewport* viewport, const QString& seriesInstanceUid);
    void setGrid(int rows, int columns);
    void setTool(ViewportTool tool);
    void setSynchronizedScrolling(bool on);
    void setReferenceLinesShown(bool on);
    bool isLoading() const;
    QString error() const { return error_; }
    QString statusText() const; // the line under the viewports
    // Saves the active viewport's window, view and measurements as a presentation state in the
    // cache (off the GUI thread) and applies it once stored; presentationStateSaved() reports.
    void savePresentationState(const QString& label, const QString& description);

signals:
    void seriesShown(const QString& seriesInstanceUid); // its first image is on screen
    void loadFinished(const QString& seriesInstanceUid, const QString& error);
    void presentationStateSaved(const QString& sopInstanceUid, const QString& error);

private:
    void buildToolBar(QToolBar* bar);
    void loadStudy(Cache& cache);
    void onViewportCreated(SliceViewport* viewport);
    void onSliceChanged(SliceViewport* source);
    void updateReferenceLines();
    void updateWindowPresets();
    void updateProgress();
    void chooseCustomGrid();
    void loadAnnotationTemplates();
    void askAndSavePresentationState();
    void onPresentationStateSaved(const QString& uid, const QString& file, const QString& error);

    QString studyUid_;
    QString title_;
    QString error_;
    QString notice_; // shown under the viewports when nothing is loading
    SeriesStrip* strip_ = nullptr;
    ViewportGrid* grid_ = nullptr;
    QMenu* presets_ = nullptr;
    PresentationStateMenu* stateMenu_ = nullptr;
    std::vector<std::filesystem::path> stateFiles_; // the study's presentation states
    PresentationStateSave* stateSave_ = nullptr;
    SliceViewport* savingFrom_ = nullptr;
    QActionGroup* tools_ = nullptr;
    QAction* syncAction_ = nullptr;
    QAction* referenceAction_ = nullptr;
    QAction* cineAction_ = nullptr;
    QDoubleSpinBox* cineRate_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    std::map<QString, std::vector<std::filesystem::path>> files_; // by series UID
    std::map<QString, SeriesDisplayLoad*> loads_;
    std::map<SliceViewport*, QString> shown_;
    bool synchronizing_ = false;
    std::shared_ptr<const AnnotationTemplates> templates_; // null: the built-in ones
};

} // namespace pellucid
