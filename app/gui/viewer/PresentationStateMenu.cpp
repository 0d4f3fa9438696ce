#include "app/gui/viewer/PresentationStateMenu.h"

#include "render/SliceViewport.h"

#include <QActionGroup>

namespace pellucid {

namespace {

QString dateText(const PresentationState& s) {
    const QString d = QString::fromStdString(s.creationDate);
    const QString t = QString::fromStdString(s.creationTime);
    if (d.size() != 8)
        return d;
    QString text = d.left(4) + QLatin1Char('-') + d.mid(4, 2) + QLatin1Char('-') + d.mid(6, 2);
    if (t.size() >= 4)
        text += QLatin1Char(' ') + t.left(2) + QLatin1Char(':') + t.mid(2, 2);
    return text;
}

} // namespace

PresentationStateMenu::PresentationStateMenu(QWidget* parent)
    : QMenu(parent) {
    connect(this, &QMenu::aboutToShow, this, &PresentationStateMenu::rebuild);
}

void PresentationStateMenu::rebuild() {
    clear();
    auto* group = new QActionGroup(this);
    if (!viewport_) {
        addAction(tr("No image shown"))->setEnabled(false);
        return;
    }
    const SharedState applied = viewport_->presentationState();
    const auto states = viewport_->presentationStatesForImage();
    for (const SharedState& state : states) {
        QString text = QString::fromStdString(state->label);
        if (!state->description.empty())
            text += QStringLiteral(" — ") + QString::fromStdString(state->description);
        QStringList details;
        if (!state->creator.empty())
            details << QString::fromStdString(state->creator)
                           .replace(QLatin1Char('^'), QLatin1Char(' '));
        if (const QString date = dateText(*state); !date.isEmpty())
            details << date;
        if (!details.isEmpty())
            text += QStringLiteral("  (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        QAction* action = addAction(text);
        action->setCheckable(true);
        action->setChecked(state == applied);
        group->addAction(action);
        SliceViewport* viewport = viewport_;
        connect(action, &QAction::triggered, viewport,
                [viewport, state] { viewport->setPresentationState(state); });
    }
    if (states.empty())
        addAction(tr("No presentation state references this image"))->setEnabled(false);
    addSeparator();
    QAction* none = addAction(tr("None"));
    none->setCheckable(true);
    none->setChecked(!applied);
    group->addAction(none);
    SliceViewport* viewport = viewport_;
    connect(none, &QAction::triggered, viewport,
            [viewport] { viewport->setPresentationState(nullptr); });
    if (save_) {
        addSeparator();
        addAction(save_);
    }
}

} // namespace pellucid
