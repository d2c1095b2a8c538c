import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Home's sync card: where the tablet stands with the server, what is waiting,
// what went each way, and "Sync now".
FormSection {
    id: card
    objectName: "syncStatusCard"

    readonly property SyncClient sync: AppController.sync
    signal signInRequested()

    function stateText() {
        switch (card.sync.state) {
        case SyncClient.Enrolling: return qsTr("Signing in…");
        case SyncClient.Pushing: return qsTr("Sending records…");
        case SyncClient.Pulling: return qsTr("Receiving updates…");
        case SyncClient.Failed: return qsTr("Last attempt failed: %1").arg(card.sync.lastError);
        default: return card.sync.enrolled ? qsTr("Up to date") : qsTr("Not signed in to a server");
        }
    }

    function kilobytes(bytes) {
        return Math.round(bytes / 1024);
    }

    title: qsTr("Sync")

    Label {
        text: card.stateText()
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        visible: card.sync.enrolled
        text: qsTr("Waiting to send: %1").arg(card.sync.pending)
        Layout.fillWidth: true
    }
    Label {
        visible: card.sync.enrolled
        text: card.sync.lastSuccess.getTime() > 0
              ? qsTr("Last successful sync: %1").arg(card.sync.lastSuccess.toLocaleString(Qt.locale(AppController.language), Locale.ShortFormat))
              : qsTr("Never synced")
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Label {
        visible: card.sync.recordsSent > 0 || card.sync.recordsReceived > 0
        text: qsTr("Sent %1 records (%2 KB), received %3 records (%4 KB)")
                  .arg(card.sync.recordsSent).arg(card.kilobytes(card.sync.bytesSent))
                  .arg(card.sync.recordsReceived).arg(card.kilobytes(card.sync.bytesReceived))
        color: "#444444"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    PrimaryButton {
        objectName: "syncNowButton"
        visible: card.sync.enrolled
        text: qsTr("Sync now")
        enabled: card.sync.state !== SyncClient.Pushing && card.sync.state !== SyncClient.Pulling
        Layout.fillWidth: true
        onClicked: card.sync.syncNow()
    }
    Button {
        objectName: "signInButton"
        text: card.sync.enrolled ? qsTr("Change server or account") : qsTr("Sign in to a server")
        Layout.fillWidth: true
        onClicked: card.signInRequested()
    }
}
