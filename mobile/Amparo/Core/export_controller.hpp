#pragma once
// "Export": GET /v1/export?format=csv|xlsx&kind=&hxl=&<filters> downloaded
// into the user's Downloads folder (Documents when there is none), with
// progress, written whole or not at all (QSaveFile), and the saved path shown.

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "coordinator_api.hpp"
#include "sync_client.hpp"
#include "visit_log_model.hpp"

namespace amparo::mobile {

class ExportController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync WRITE setSync NOTIFY syncChanged)
  // "csv" (one kind) or "xlsx" (every kind, one worksheet each).
  Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY optionsChanged)
  // amparo.sync.v1.RecordKind, for CSV (visits by default).
  Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY optionsChanged)
  // HXL hashtags on a second header row.
  Q_PROPERTY(bool hxl READ hxl WRITE setHxl NOTIFY optionsChanged)
  // Where files go; defaults to Downloads (or Documents).
  Q_PROPERTY(QString directory READ directory WRITE setDirectory NOTIFY optionsChanged)
  Q_PROPERTY(bool running READ running NOTIFY runningChanged)
  // 0..1, or -1 while the size is unknown.
  Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
  Q_PROPERTY(QString savedPath READ savedPath NOTIFY finished)
  Q_PROPERTY(QString error READ error NOTIFY finished)

public:
  explicit ExportController(QObject* parent = nullptr);

  SyncClient* sync() const { return m_sync; }
  void setSync(SyncClient* sync);
  QString format() const { return m_format; }
  void setFormat(const QString& format);
  int kind() const { return m_kind; }
  void setKind(int kind);
  bool hxl() const { return m_hxl; }
  void setHxl(bool on);
  QString directory() const { return m_directory; }
  void setDirectory(const QString& directory);
  bool running() const { return m_reply != nullptr; }
  double progress() const { return m_progress; }
  QString savedPath() const { return m_savedPath; }
  QString error() const { return m_error; }

  // Exports what the log shows (its office, site, type, dates, monitor);
  // null: everything in the account's offices.
  Q_INVOKABLE void start(amparo::mobile::VisitLogModel* filters = nullptr);
  Q_INVOKABLE void cancel();

signals:
  void syncChanged();
  void optionsChanged();
  void runningChanged();
  void progressChanged();
  void finished(bool ok);

private:
  void finish(const QString& path, const QString& error);

  QPointer<SyncClient> m_sync;
  QString m_format = QStringLiteral("xlsx");
  int m_kind = 2;
  bool m_hxl = true;
  QString m_directory;
  QPointer<QNetworkReply> m_reply;
  double m_progress = 0;
  QString m_savedPath;
  QString m_error;
};

}  // namespace amparo::mobile
