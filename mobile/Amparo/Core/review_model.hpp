#pragma once
// The coordinators' reviews of one record, newest first: verdict, comment
// and follow-up due date, for the record's form. Reviews are their own
// records (records/v1/review.proto) that reach the device through pull.

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <vector>

#include "local_store.hpp"

namespace amparo::mobile {

class ReviewModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  // The reviewed record.
  Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
  enum Roles { VerdictRole = Qt::UserRole + 1, CommentRole, FollowUpDueRole, ReviewerRole, ReviewedAtRole };
  Q_ENUM(Roles)

  explicit ReviewModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString recordId() const { return m_recordId; }
  void setRecordId(const QString& id);

  Q_INVOKABLE void reload();

signals:
  void storeChanged();
  void recordIdChanged();
  void countChanged();

private:
  struct Review {
    int verdict = 0;
    QString comment;
    QString followUpDue;
    QString reviewer;
    QDateTime reviewedAt;
  };

  QPointer<LocalStore> m_store;
  QString m_recordId;
  std::vector<Review> m_rows;
};

}  // namespace amparo::mobile
