#include "app/gui/viewer/StudyViewer.h"

#include "app/gui/jobs/PresentationStateSave.h"
#include "app/gui/viewer/PresentationStateMenu.h"
#include "app/gui/viewer/ViewportStateCapture.h"
#include "core/pstate/StatesForImage.h"

#include "app/gui/viewer/SeriesStrip.h"
#include "app/gui/viewer/ViewportGrid.h"
#include "core/cache/Cache.h"
#include "core/cache/CacheContents.h"
#include "core/display/AnnotationLayout.h"
#include "core/display/ReferenceLine.h"
#include "core/display/SeriesDisplayLoad.h"
#include "core/display/WindowPresets.h"
#include "render/SliceViewport.h"

#include <QAction>
#include <QActionGroup>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pellucid {

StudyViewer::StudyViewer(Cache& cache, const QString& studyInstanceUid, QWidget* parent)
    : QWidget(parent)
    , studyUid_(studyInstanceUid) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QToolBar;
    bar->setIconSize(QSize(16, 16));
    layout->addWidget(bar);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(2);
    strip_ = new SeriesStrip;
    grid_ = new ViewportGrid;
    body->addWidget(strip_);
    body->addWidget(grid_, 1);
    layout->addLayout(body, 1);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(4, 2, 4, 2);
    status_ = new QLabel;
    progress_ = new QProgressBar;
    progress_->setMaximumWidth(260);
    progress_->setMaximumHeight(14);
    progress_->hide();
    footer->addWidget(status_, 1);
    footer->addWidget(progress_);
    layout->addLayout(footer);

    loadAnnotationTemplates();
    connect(grid_, &ViewportGrid::viewportCreated, this, &StudyViewer::onViewportCreated);
    for (SliceViewport* v : grid_->viewports())
        onViewportCreated(v);
    connect(grid_, &ViewportGrid::seriesDropped, this, &StudyViewer::showSeries);
    connect(grid_, &ViewportGrid::activeChanged, this, [this] {
        if (stateMenu_)
            stateMenu_->setViewport(grid_->active());
        updateWindowPresets();
        updateReferenceLines();
    });
    connect(strip_, &SeriesStrip::seriesActivated, this,
            [this](const QString& uid) { showSeries(grid_->active(), uid); });
    stateSave_ = new PresentationStateSave(cache.root(), this);
    connect(stateSave_, &PresentationStateSave::finished, this,
            &StudyViewer::onPresentationStateSaved);
    buildToolBar(bar);
    loadStudy(cache);
}

StudyViewer::~StudyViewer() {
    // Cancel every load before the viewports (and the volumes they share) go.
    for (auto& [uid, load] : loads_)
        load->cancel();
    for (auto& [uid, load] : loads_)
        delete load;
    loads_.clear();
}

QString StudyViewer::statusText() const {
    return status_->text();
}

SliceViewport* StudyViewer::activeViewport() const {
    return grid_->active();
}

QStringList StudyViewer::seriesUids() const {
    QStringList uids;
    for (int i = 0; i < strip_->count(); ++i)
        uids << strip_->seriesAt(i);
    return uids;
}

void StudyViewer::loadStudy(Cache& cache) {
    const CacheContents contents(cache.index());
    const auto series = contents.seriesWithMiddleImages(studyUid_.toStdString());
    if (series.empty()) {
        error_ = tr("The study has no series in the cache");
        status_->setText(error_);
        return;
    }
    for (const std::string& f : contents.presentationStatesInStudyOf(studyUid_.toStdString()))
        stateFiles_.push_back(cache.files().absolute(f));
    std::vector<SeriesStrip::Entry> entries;
    for (const SeriesEntry& s : series) {
        // Presentation states are not images: the viewports apply them (the Presentation menu);
        // reports, key objects and documents are not images either.
        if (s.modality == "PR" || s.modality == "SR" || s.modality == "KO" || s.modality == "DOC")
            continue;
        std::vector<std::filesystem::path> files;
        for (const std::string& f : contents.filesOf({s.seriesInstanceUid}))
            files.push_back(cache.files().absolute(f));
        if (files.empty())
            continue;
        const QString uid = QString::fromStdString(s.seriesInstanceUid);
        QString caption = tr("%1 %2\n%3 (%n image(s))", nullptr, int(s.images))
                              .arg(s.number ? QString::number(*s.number) : QString())
                              .arg(QString::fromStdString(s.modality),
                                   QString::fromStdString(s.description).trimmed());
        const std::filesystem::path thumbnail =
            s.middleFile.empty() ? files[files.size() / 2] : cache.files().absolute(s.middleFile);
        entries.push_back({uid, caption.trimmed(), thumbnail});
        files_[uid] = std::move(files);
    }
    strip_->setSeries(entries);
    title_ = studyUid_;
    if (entries.empty())
        return;
    // The first series with more than one image is what a reader usually starts with.
    QString first = entries.front().seriesInstanceUid;
    for (const SeriesEntry& s : series)
        if (s.images > 1 && files_.count(QString::fromStdString(s.seriesInstanceUid))) {
            first = QString::fromStdString(s.seriesInstanceUid);
            break;
        }
    showSeries(grid_->active(), first);
}

void StudyViewer::showSeries(SliceViewport* viewport, const QString& uid) {
    if (!viewport || !files_.count(uid))
        return;
    shown_[viewport] = uid;
    auto found = loads_.find(uid);
    if (found == loads_.end()) {
        auto* load = new SeriesDisplayLoad(files_[uid], templates_, nullptr, stateFiles_);
        loads_[uid] = load;
        // The viewport follows the load itself; it subscribes first, so that what follows
        // here sees it updated.
        viewport->showLoad(*load);
        connect(load, &SeriesDisplayLoad::previewReady, this, [this, uid, load] {
            updateWindowPresets();
            if (title_ == studyUid_ && load->series()->header.count("PatientName"))
                title_ = QString::fromStdString(load->series()->header["PatientName"]);
            emit seriesShown(uid);
        });
        connect(load, &SeriesDisplayLoad::volumeCreated, this, &StudyViewer::updateReferenceLines);
        connect(load, &SeriesDisplayLoad::progressed, this, &StudyViewer::updateProgress);
        connect(load, &SeriesDisplayLoad::finished, this, [this, uid, load](const QString& error) {
            updateProgress();
            updateReferenceLines();
            // Irregular geometry (gaps, uneven spacing, tilt, several stacks) must be in front
            // of the reader, not in a log.
            QStringList notes;
            for (const std::string& note : load->series()->notes)
                notes << QString::fromStdString(note);
            if (!error.isEmpty())
                notice_ = tr("Could not load the series: %1").arg(error);
            else if (!notes.isEmpty())
                notice_ =
                    tr("Series %1: %2")
                        .arg(QString::fromStdString(load->series()->header.count("SeriesNumber")
                                                        ? load->series()->header.at("SeriesNumber")
                                                        : std::string()))
                        .arg(notes.join(QStringLiteral("; ")));
            if (!error.isEmpty() || !notes.isEmpty())
                status_->setText(notice_);
            emit loadFinished(uid, error);
        });
        load->start();
    } else {
        viewport->showLoad(*found->second);
    }
    updateProgress();
    updateWindowPresets();
    updateReferenceLines();
}

bool StudyViewer::isLoading() const {
    for (const auto& [uid, load] : loads_) {
        const auto& s = load->series();
        if (!s->volume || load->slicesLoaded() < s->volume->depth())
            return true;
    }
    return false;
}

void StudyViewer::updateProgress() {
    int done = 0, total = 0;
    for (const auto& [uid, load] : loads_) {
        const auto& s = load->series();
        if (s->volume) {
            total += s->volume->depth();
            done += std::min(load->slicesLoaded(), s->volume->depth());
        }
    }
    progress_->setVisible(total > 0 && done < total);
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
    if (done < total)
        status_->setText(tr("Loading %1 of %2 images…").arg(done).arg(total));
    else if (status_->text().startsWith(tr("Loading")))
        status_->setText(notice_); // what must stay said, once loading is done
}

void StudyViewer::loadAnnotationTemplates() {
    // Settings key viewer/annotationTemplates: a JSON file in resources/annotations.json's form.
    const QString file = QSettings().value(QStringLiteral("viewer/annotationTemplates")).toString();
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        notice_ = tr("Cannot read the annotation templates %1: %2").arg(file, in.errorString());
        status_->setText(notice_);
        return;
    }
    const QByteArray bytes = in.readAll();
    auto parsed = parseAnnotationTemplates(std::string_view(bytes.constData(), bytes.size()));
    if (auto* error = std::get_if<std::string>(&parsed)) {
        notice_ = tr("The annotation templates %1 are not usable (%2); the built-in ones are "
                     "shown")
                      .arg(file, QString::fromStdString(*error));
        status_->setText(notice_);
        return;
    }
    templates_ = std::make_shared<const AnnotationTemplates>(
        std::move(std::get<AnnotationTemplates>(parsed)));
}

void StudyViewer::onViewportCreated(SliceViewport* viewport) {
    viewport->setAnnotationTemplates(templates_);
    // A Blending state's superimposed series are series of this study.
    viewport->setSeriesFiles([this](const std::vector<std::string>& uids) {
        std::vector<std::filesystem::path> files;
        for (const std::string& uid : uids)
            if (auto found = files_.find(QString::fromStdString(uid)); found != files_.end())
                files.insert(files.end(), found->second.begin(), found->second.end());
        return files;
    });
    connect(viewport, &SliceViewport::sliceChanged, this,
            [this, viewport] { onSliceChanged(viewport); });
    connect(viewport, &SliceViewport::cursorMoved, this,
            [this](const QString& text) { status_->setText(text); });
    if (tools_)
        if (QAction* checked = tools_->checkedAction())
            viewport->setTool(static_cast<ViewportTool>(checked->data().toInt()));
    if (cineRate_)
        viewport->setCineRate(cineRate_->value());
}

void StudyViewer::onSliceChanged(SliceViewport* source) {
    if (synchronizing_)
        return;
    if (syncAction_ && syncAction_->isChecked() && source == grid_->active()) {
        // Scroll the others to the slice nearest the same place in the patient.
        const auto plane = source->currentPlane();
        if (plane) {
            synchronizing_ = true;
            const ImagePoint center{(plane->columns - 1) / 2.0, (plane->rows - 1) / 2.0};
            const Vector3 point = plane->toPatient(center);
            for (SliceViewport* v : grid_->viewports()) {
                if (v == source || !v->series() || !v->series()->volume)
                    continue;
                const auto other = v->currentPlane();
                if (!other || other->frameOfReferenceUid != plane->frameOfReferenceUid ||
                    other->frameOfReferenceUid.empty())
                    continue;
                // Only stacks parallel to the source scroll with it.
                const Vector3 a = plane->normal(), b = other->normal();
                if (std::abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) < 0.95)
                    continue;
                v->setSlice(nearestSlice(v->series()->volume->stack(), point));
            }
            synchronizing_ = false;
        }
    }
    updateReferenceLines();
}

void StudyViewer::updateReferenceLines() {
    SliceViewport* active = grid_->active();
    const bool shown = referenceAction_ && referenceAction_->isChecked();
    const auto activePlane = active ? active->currentPlane() : std::nullopt;
    for (SliceViewport* v : grid_->viewports()) {
        std::vector<std::pair<ImagePoint, ImagePoint>> lines;
        if (shown && activePlane && v != active)
            if (const auto plane = v->currentPlane())
                if (auto line = referenceLine(*plane, *activePlane))
                    lines.push_back(*line);
        v->setReferenceLines(std::move(lines));
    }
}

void StudyViewer::updateWindowPresets() {
    if (!presets_)
        return;
    presets_->clear();
    SliceViewport* v = grid_->active();
    const auto series = v ? v->series() : nullptr;
    presets_->addAction(tr("Default (from the image)"), this, [this] {
        if (SliceViewport* a = grid_->active())
            a->resetWindow();
    });
    presets_->addAction(tr("Auto"), this, [this] {
        if (SliceViewport* a = grid_->active())
            a->autoWindow();
    });
    if (series) {
        for (std::size_t i = 0; i < series->fileWindows.size(); ++i) {
            const auto [c, w] = series->fileWindows[i];
            const QString name =
                i < series->fileWindowNames.size() && !series->fileWindowNames[i].empty()
                    ? QString::fromStdString(series->fileWindowNames[i])
                    : tr("Window %1").arg(i + 1);
            presets_->addAction(tr("%1 (W %2 L %3)").arg(name).arg(w).arg(c), this,
                                [this, c = c, w = w] {
                                    if (SliceViewport* a = grid_->active())
                                        a->setWindow(c, w);
                                });
        }
        presets_->addSeparator();
        int key = 1;
        for (const WindowPreset& p : windowPresetsFor(series->modality)) {
            QAction* a = presets_->addAction(
                tr("%1 (W %2 L %3)").arg(QString::fromStdString(p.name)).arg(p.width).arg(p.center),
                this, [this, p] {
                    if (SliceViewport* active = grid_->active())
                        active->setWindow(p.center, p.width);
                });
            if (key <= 9)
                a->setShortcut(QKeySequence(QString::number(key++)));
        }
    }
}

void StudyViewer::setGrid(int rows, int columns) {
    grid_->setGrid(rows, columns);
    // New viewports get the next series not shown yet, as a reader expects from a layout change.
    const QStringList uids = seriesUids();
    int next = 0;
    for (SliceViewport* v : grid_->viewports()) {
        if (v->series())
            continue;
        while (next < uids.size()) {
            bool taken = false;
            for (const auto& [viewport, uid] : shown_)
                taken |= uid == uids[next] && viewport->isVisible();
            if (!taken)
                break;
            ++next;
        }
        if (next < uids.size())
            showSeries(v, uids[next++]);
    }
    updateReferenceLines();
}

void StudyViewer::setTool(ViewportTool tool) {
    for (SliceViewport* v : grid_->viewports())
        v->setTool(tool);
    if (tools_)
        for (QAction* a : tools_->actions())
            if (a->data().toInt() == int(tool))
                a->setChecked(true);
}

void StudyViewer::setSynchronizedScrolling(bool on) {
    syncAction_->setChecked(on);
}

void StudyViewer::setReferenceLinesShown(bool on) {
    referenceAction_->setChecked(on);
    updateReferenceLines();
}

void StudyViewer::chooseCustomGrid() {
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Custom layout"), tr("Rows x columns (up to 4x4):"),
                              QLineEdit::Normal, QStringLiteral("2x3"), &ok);
    if (!ok)
        return;
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
        setGrid(parts[0].toInt(), parts[1].toInt());
}

void StudyViewer::buildToolBar(QToolBar* bar) {
    tools_ = new QActionGroup(this);
    tools_->setExclusive(true);
    auto tool = [&](ViewportTool t, const QString& name, const QString& key) {
        QAction* a = bar->addAction(name);
        a->setCheckable(true);
        a->setData(int(t));
        a->setShortcut(QKeySequence(key));
        a->setToolTip(tr("%1 (%2)").arg(name, key));
        tools_->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { setTool(t); });
        return a;
    };
    tool(ViewportTool::Scroll, tr("Scroll"), QStringLiteral("S"))->setChecked(true);
    tool(ViewportTool::Window, tr("Window"), QStringLiteral("W"));
    tool(ViewportTool::Zoom, tr("Zoom"), QStringLiteral("Z"));
    tool(ViewportTool::Pan, tr("Pan"), QStringLiteral("P"));
    tool(ViewportTool::Distance, tr("Distance"), QStringLiteral("D"));
    tool(ViewportTool::Angle, tr("Angle"), QStringLiteral("A"));
    tool(ViewportTool::Rectangle, tr("Rectangle"), QStringLiteral("R"));
    tool(ViewportTool::Ellipse, tr("Ellipse"), QStringLiteral("E"));
    tool(ViewportTool::Polygon, tr("Polygon"), QStringLiteral("G"));
    bar->addSeparator();

    auto onActive = [this](auto f) {
        return [this, f] {
            if (SliceViewport* v = grid_->active())
                f(v);
        };
    };
    auto* windows = new QToolButton;
    windows->setText(tr("W/L presets"));
    windows->setPopupMode(QToolButton::InstantPopup);
    presets_ = new QMenu(windows);
    windows->setMenu(presets_);
    bar->addWidget(windows);
    auto* states = new QToolButton;
    states->setText(tr("Presentation"));
    states->setToolTip(tr("The presentation states that apply to the image"));
    states->setPopupMode(QToolButton::InstantPopup);
    stateMenu_ = new PresentationStateMenu(states);
    stateMenu_->setViewport(grid_->active());
    states->setMenu(stateMenu_);
    bar->addWidget(states);
    auto* save = new QAction(tr("Save State…"), this);
    save->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    save->setToolTip(tr("Save the window, view and measurements as a presentation state"));
    connect(save, &QAction::triggered, this, &StudyViewer::askAndSavePresentationState);
    stateMenu_->setSaveAction(save);
    addAction(save);
    bar->addAction(tr("Invert"), QKeySequence(QStringLiteral("I")), this,
                   onActive([](SliceViewport* v) { v->setInverted(!v->isInverted()); }));
    bar->addAction(tr("Fit"), QKeySequence(QStringLiteral("F")), this,
                   onActive([](SliceViewport* v) { v->fitToView(); }));
    bar->addAction(tr("1:1"), QKeySequence(QStringLiteral("1")), this,
                   onActive([](SliceViewport* v) { v->setMagnification(1); }))
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    bar->addAction(tr("Rotate ↻"), QKeySequence(QStringLiteral("]")), this,
                   onActive([](SliceViewport* v) { v->rotateClockwise(); }));
    bar->addAction(tr("Rotate ↺"), QKeySequence(QStringLiteral("[")), this,
                   onActive([](SliceViewport* v) { v->rotateCounterClockwise(); }));
    bar->addAction(tr("Flip ↔"), QKeySequence(QStringLiteral("H")), this,
                   onActive([](SliceViewport* v) { v->flipHorizontal(); }));
    bar->addAction(tr("Flip ↕"), QKeySequence(QStringLiteral("V")), this,
                   onActive([](SliceViewport* v) { v->flipVertical(); }));
    bar->addAction(tr("Reset"), QKeySequence(QStringLiteral("Ctrl+R")), this,
                   onActive([](SliceViewport* v) {
                       v->fitToView();
                       v->resetWindow();
                       v->setInverted(false);
                   }));
    bar->addSeparator();

    auto* layouts = new QToolButton;
    layouts->setText(tr("Layout"));
    layouts->setPopupMode(QToolButton::InstantPopup);
    auto* layoutMenu = new QMenu(layouts);
    for (auto [r, c] : std::initializer_list<std::pair<int, int>>{
             {1, 1}, {1, 2}, {2, 1}, {2, 2}, {2, 3}, {3, 3}, {3, 4}, {4, 4}})
        layoutMenu->addAction(tr("%1 x %2").arg(r).arg(c), this,
                              [this, r = r, c = c] { setGrid(r, c); });
    layoutMenu->addAction(tr("Custom…"), this, &StudyViewer::chooseCustomGrid);
    layouts->setMenu(layoutMenu);
    bar->addWidget(layouts);
    syncAction_ = bar->addAction(tr("Sync"));
    syncAction_->setCheckable(true);
    syncAction_->setChecked(true);
    syncAction_->setToolTip(tr("Scroll viewports of the same frame of reference together"));
    referenceAction_ = bar->addAction(tr("Ref. lines"));
    referenceAction_->setCheckable(true);
    referenceAction_->setChecked(true);
    referenceAction_->setToolTip(tr("Show where the active viewport's slice cuts the others"));
    connect(referenceAction_, &QAction::toggled, this, &StudyViewer::updateReferenceLines);
    bar->addSeparator();

    cineAction_ = bar->addAction(tr("Cine"));
    cineAction_->setCheckable(true);
    cineAction_->setShortcut(QKeySequence(Qt::Key_Space));
    connect(cineAction_, &QAction::toggled, this, [this](bool on) {
        if (SliceViewport* v = grid_->active())
            v->setCineRunning(on);
    });
    cineRate_ = new QDoubleSpinBox;
    cineRate_->setRange(1, 120);
    cineRate_->setValue(15);
    cineRate_->setSuffix(tr(" fps"));
    cineRate_->setToolTip(tr("Cine rate"));
    bar->addWidget(cineRate_);
    connect(cineRate_, &QDoubleSpinBox::valueChanged, this, [this](double fps) {
        for (SliceViewport* v : grid_->viewports())
            v->setCineRate(fps);
    });
    bar->addAction(tr("Clear measurements"), this,
                   onActive([](SliceViewport* v) { v->clearMeasurements(); }));
    updateWindowPresets();
}

void StudyViewer::askAndSavePresentationState() {
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Save Presentation State"), tr("Label (shown in every viewer's list of states):"),
        QLineEdit::Normal, tr("READER"), &ok);
    if (!ok)
        return;
    const QString description =
        QInputDialog::getText(this, tr("Save Presentation State"), tr("Description (optional):"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        savePresentationState(label, description);
}

void StudyViewer::savePresentationState(const QString& label, const QString& description) {
    SliceViewport* viewport = grid_->active();
    if (!viewport || !viewport->series() || stateSave_->isRunning()) {
        emit presentationStateSaved({}, tr("Nothing to save, or a save is running"));
        return;
    }
    // The reader as content creator (PS3.3 C.11.10): the name set in the settings, else the
    // account's.
    QString creator = QSettings().value(QStringLiteral("user/name")).toString();
    if (creator.isEmpty())
        creator = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    CapturedViewportState state = captureViewportState(*viewport, label, description, creator);
    if (state.files.empty()) {
        emit presentationStateSaved({}, tr("The image is not loaded yet"));
        return;
    }
    savingFrom_ = viewport;
    status_->setText(tr("Saving the presentation state…"));
    stateSave_->save(std::move(state));
}

void StudyViewer::onPresentationStateSaved(const QString& uid, const QString& file,
                                           const QString& error) {
    if (!error.isEmpty()) {
        status_->setText(tr("Could not save the presentation state: %1").arg(error));
        emit presentationStateSaved({}, error);
        return;
    }
    const std::filesystem::path path(file.toStdU16String());
    stateFiles_.push_back(path);
    std::string problem;
    SharedState state = readPresentationStateFile(path, &problem);
    // Applied where it was made, and known to the other viewports showing that series.
    const auto viewports = grid_->viewports();
    if (state && savingFrom_ &&
        std::find(viewports.begin(), viewports.end(), savingFrom_) != viewports.end() &&
        savingFrom_->series()) {
        auto& states = savingFrom_->series()->presentationStates;
        states.insert(states.begin(), state);
        savingFrom_->clearMeasurements(); // they are the state's graphics now
        savingFrom_->setPresentationState(state);
    }
    savingFrom_ = nullptr;
    status_->setText(tr("Saved the presentation state %1")
                         .arg(state ? QString::fromStdString(state->label) : uid));
    emit presentationStateSaved(uid, {});
}

} // namespace pellucid
