#pragma once
// A record in conflict, field by field: the paths where the device's branch
// and the other one differ, both values side by side, and the two ways out.
// Resolving writes ordinary revisions the server accepts: a child of the
// server's winning head with the chosen content, plus a tombstone closing
// the other branch (the revision rules: tombstoned leaves are not heads).

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QPointer>

#include <vector>

#include "local_store.hpp"

namespace amparo::mobile {

class ConflictModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  // The record is in conflict and both branches are on the device.
  Q_PROPERTY(bool inConflict READ inConflict NOTIFY loaded)
  // The server's deterministic rule makes the device's branch win for now.
  Q_PROPERTY(bool mineWins READ mineWins NOTIFY loaded)
  Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
  enum Roles { PathRole = Qt::UserRole + 1, MineRole, TheirsRole };
  Q_ENUM(Roles)

  // One field that differs: its path ("visit.partner_organisation",
  // "screening.needs[0].code") and both values as text ("" when absent).
  struct Difference {
    QString path;
    QString mine;
    QString theirs;
  };

  explicit ConflictModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString recordId() const { return m_recordId; }
  void setRecordId(const QString& id);
  bool inConflict() const { return m_branches.has_value(); }
  bool mineWins() const { return m_branches && m_branches->mineWins; }
  QString lastError() const { return m_lastError; }

  Q_INVOKABLE void reload();
  // Keeps the device's content, or the other device's; the record goes back
  // to Waiting and the next sync settles it on the server.
  Q_INVOKABLE bool keepMine() { return resolve(true); }
  Q_INVOKABLE bool keepTheirs() { return resolve(false); }

  // The fields whose values differ between two revisions of a record (the
  // body, through protobuf's canonical JSON with proto field names).
  static std::vector<Difference> differences(const domain::RecordEnvelope& mine, const domain::RecordEnvelope& theirs);
  // The revisions that resolve a conflict: [tombstones…, resolution].
  static std::vector<domain::RecordEnvelope> resolution(const ConflictBranches& branches, bool keepMine);

signals:
  void storeChanged();
  void recordIdChanged();
  void loaded();
  void lastErrorChanged();
  void resolved();

private:
  bool resolve(bool keepMine);
  void setLastError(const QString& error);

  QPointer<LocalStore> m_store;
  QString m_recordId;
  std::optional<ConflictBranches> m_branches;
  std::vector<Difference> m_rows;
  QString m_lastError;
};

}  // namespace amparo::mobile
