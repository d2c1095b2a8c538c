#include "export_controller.hpp"

#include <QDate>
#include <QDir>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>

#include "amparo/domain/records.hpp"
#include "visit_log_model.hpp"

namespace amparo::mobile {

ExportController::ExportController(QObject* parent) : QObject(parent) {
  m_directory = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
  if (m_directory.isEmpty()) m_directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportController::setSync(SyncClient* sync) {
  if (m_sync == sync) return;
  m_sync = sync;
  emit syncChanged();
}

void ExportController::setFormat(const QString& format) {
  if (m_format == format || (format != u"csv" && format != u"xlsx")) return;
  m_format = format;
  emit optionsChanged();
}

void ExportController::setKind(int kind) {
  if (m_kind == kind) return;
  m_kind = kind;
  emit optionsChanged();
}

void ExportController::setHxl(bool on) {
  if (m_hxl == on) return;
  m_hxl = on;
  emit optionsChanged();
}

void ExportController::setDirectory(const QString& directory) {
  if (m_directory == directory) return;
  m_directory = directory;
  emit optionsChanged();
}

void ExportController::start(VisitLogModel* filters) {
  if (running()) return;
  RecordQueryFilter filter;
  if (filters != nullptr) {
    filter = filters->filter();
    // Review status, alerts and conflicts are views of the log, not export filters.
    filter.reviewStatus.clear();
    filter.alertsOnly = false;
    filter.conflictsOnly = false;
  }
  filter.kind = m_format == u"csv" ? m_kind : 0;
  QUrlQuery query = filter.toQuery();
  query.addQueryItem(QStringLiteral("format"), m_format);
  query.addQueryItem(QStringLiteral("hxl"), m_hxl ? QStringLiteral("true") : QStringLiteral("false"));

  const QString kindName =
      m_format == u"csv" ? QString::fromUtf8(domain::kindName(static_cast<domain::RecordKind>(m_kind)).data())
                         : QStringLiteral("records");
  const QString name = QStringLiteral("amparo-%1-%2.%3")
                           .arg(kindName, QDate::currentDate().toString(Qt::ISODate), m_format);
  const QString directory = m_directory;

  m_savedPath.clear();
  m_error.clear();
  m_progress = -1;
  emit progressChanged();
  m_reply = CoordinatorApi(m_sync).download(this, query, [this, directory, name](QByteArray bytes, const ApiError& error) {
    m_reply = nullptr;
    if (!error.ok()) {
      finish({}, error.message);
      return;
    }
    if (!QDir().mkpath(directory)) {
      finish({}, tr("Cannot create the folder %1").arg(directory));
      return;
    }
    // Never overwrite an earlier export: name (2), name (3)…
    QString path = QDir(directory).filePath(name);
    for (int n = 2; QFile::exists(path); ++n) {
      const QFileInfo info(name);
      path = QDir(directory).filePath(QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
      finish({}, tr("Cannot write %1: %2").arg(path, file.errorString()));
      return;
    }
    finish(path, {});
  });
  if (m_reply) {
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
      m_progress = total > 0 ? double(received) / double(total) : -1;
      emit progressChanged();
    });
  }
  emit runningChanged();
}

void ExportController::cancel() {
  if (QNetworkReply* reply = m_reply) reply->abort();
}

void ExportController::finish(const QString& path, const QString& error) {
  m_savedPath = path;
  m_error = error;
  m_progress = error.isEmpty() ? 1 : 0;
  emit progressChanged();
  emit runningChanged();
  emit finished(error.isEmpty());
}

}  // namespace amparo::mobile
