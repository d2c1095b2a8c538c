#pragma once

#include <QString>

class QGuiApplication;

namespace amparo::mobile {

// The coordinator workspace with realistic data, scripted: starts
// amparo-server (--demo-activity: demo accounts and six months of made-up
// activity; loopback, temp data), pushes a seeded set as demo-monitor from
// an in-process tablet, makes one conflict on two tablets, signs
// the app in as demo-coordinator and saves the visit log, a record, the
// review dialog, the dashboard and a conflict as
// <dir>/coordinator-<screen>-<language>.png. Non-zero on any QML warning.
int runCoordinatorScreenshots(QGuiApplication& app, const QString& screenshotDir, const QString& serverBinary);

}  // namespace amparo::mobile
