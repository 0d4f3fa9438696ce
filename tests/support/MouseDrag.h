#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace pellucid::test {

// A drag with a button held, as a mouse sends it: the press, moves with the button down, the
// release (QTest's mouseMove carries no buttons).
inline void drag(QWidget* widget, Qt::MouseButton button, QPointF from, QPointF to, int steps = 8) {
    auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, widget->mapToGlobal(at),
                          type == QEvent::MouseMove ? Qt::NoButton : button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, button);
    for (int i = 1; i <= steps; ++i)
        send(QEvent::MouseMove, from + (to - from) * (double(i) / steps), button);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
}

} // namespace pellucid::test
