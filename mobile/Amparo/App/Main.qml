import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Amparo.Core

// The window: one StackView whose first page follows the app's state (first
// run, locked, unlocked). Locking drops every page; editors save first.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    visible: true
    title: qsTr("Amparo")
    font.pixelSize: 18

    Material.theme: Material.Light
    Material.primary: "#004d40"
    Material.accent: "#00695c"
    Material.foreground: "#111111"
    Material.background: "#f7f7f7"

    // Pushes a page by file name ("VisitFormPage.qml"); used by the self-test.
    function openPage(url, properties) {
        return stack.push(url, properties ?? {});
    }

    // Back to the page below (its editor saves as the page goes); self-test.
    function back() {
        stack.pop();
    }

    function route() {
        const name = stack.currentItem ? stack.currentItem.objectName : "";
        if (AppController.firstRun) {
            if (name !== "firstRunPage")
                stack.replace(null, firstRunPage);
        } else if (!AppController.unlocked) {
            if (name !== "unlockPage")
                stack.replace(null, unlockPage);
        } else {
            // Coordinators and admins get the coordinator workspace; monitors the field app.
            const coordinator = AppController.sync.role === "coordinator" || AppController.sync.role === "admin";
            const home = coordinator ? "coordinatorHomePage" : "homePage";
            const bottom = stack.depth > 0 ? stack.get(0).objectName : "";
            if (name === "firstRunPage" || name === "unlockPage" || name === "")
                stack.replace(null, coordinator ? coordinatorHomePage : homePage);
            else if (bottom !== home && stack.depth === 1)
                stack.replace(null, coordinator ? coordinatorHomePage : homePage);
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        Component.onCompleted: window.route()
    }

    Connections {
        target: AppController
        function onStateChanged() { window.route(); }
    }
    // Signing in (or out) changes the role: the right home once back at the bottom page.
    Connections {
        target: AppController.sync
        function onEnrolledChanged() { Qt.callLater(window.route); }
    }
    Connections {
        target: stack
        function onDepthChanged() { Qt.callLater(window.route); }
    }

    Component {
        id: firstRunPage
        FirstRunPage {}
    }
    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: homePage
        HomePage {}
    }
    Component {
        id: coordinatorHomePage
        CoordinatorHomePage {}
    }
}
