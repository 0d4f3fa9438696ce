#pragma once

#include <QMenu>

namespace pellucid {

class SliceViewport;

// The viewer's "Presentation state" menu for one viewport: every state that references the
// shown image, newest first, with its label, description, creator and date, and "None"; the
// applied one checked. Rebuilt each time it opens, so it follows the viewport's image.
class PresentationStateMenu : public QMenu {
    Q_OBJECT
public:
    explicit PresentationStateMenu(QWidget* parent = nullptr);
    // The viewport the menu acts on (the viewer's active one); may change between openings.
    void setViewport(SliceViewport* viewport) { viewport_ = viewport; }
    // "Save State…", listed under the states.
    void setSaveAction(QAction* save) { save_ = save; }

private:
    void rebuild();
    SliceViewport* viewport_ = nullptr;
    QAction* save_ = nullptr;
};

} // namespace pellucid
