#pragma once

#include <QString>

class QGuiApplication;

namespace amparo::mobile {

// Loads the whole UI (every page and dialog, both languages) against a
// throw-away store and returns non-zero on any QML warning or error. With a
// screenshot folder, also saves each screen as <page>-<language>.png.
int runSelfTest(QGuiApplication& app, const QString& screenshotDir);

}  // namespace amparo::mobile
