#pragma once
// A coordinator's verdict on one or several records: each becomes its own
// sealed Review record (records are single-writer: the monitor's record is
// never edited), validated, stored in the device's outbox in one
// transaction (all or none), then sent by the ordinary sync, which also
// delivers it to the monitor's devices.

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "local_store.hpp"
#include "sync_client.hpp"

namespace amparo::mobile {

class ReviewComposer : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  // Optional: asked to sync right after the reviews are stored.
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync WRITE setSync NOTIFY syncChanged)
  // "es" or "en": the language of lastError.
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
  enum Verdict { Reviewed = 1, Flagged = 2, FollowUpRequested = 3 };
  Q_ENUM(Verdict)

  explicit ReviewComposer(QObject* parent = nullptr);

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  SyncClient* sync() const { return m_sync; }
  void setSync(SyncClient* sync);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  QString lastError() const { return m_lastError; }

  // targets: [{recordId, revision, officeCode}] (VisitLogModel.selectedTargets(),
  // RecordDetail.reviewTarget()). verdict: Verdict. A flag needs a comment; a
  // follow-up request a due day ("yyyy-MM-dd"). Returns the ids of the new
  // Review records, or none (lastError says why) — nothing is stored then.
  Q_INVOKABLE QStringList submit(const QVariantList& targets, int verdict, const QString& comment,
                                 const QString& followUpDue);

signals:
  void storeChanged();
  void syncChanged();
  void languageChanged();
  void lastErrorChanged();
  // Stored (and sync asked): the views refresh.
  void submitted(int count);

private:
  void setLastError(const QString& error);

  QPointer<LocalStore> m_store;
  QPointer<SyncClient> m_sync;
  QString m_language = QStringLiteral("es");
  QString m_lastError;
};

}  // namespace amparo::mobile
