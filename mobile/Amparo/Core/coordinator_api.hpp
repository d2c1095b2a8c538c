#pragma once
// Typed calls of the coordinator workspace to amparo-server, over the sync
// client's ServerConnection (TLS, pinning, the device token, zstd, the
// server's Error decoded): GET /v1/records, GET /v1/records/{id} (with an
// optional reveal of personal data), GET /v1/stats, POST
// /v1/records/{id}/resolve and GET /v1/export. Answers reach the caller only
// while its `context` object lives, so a page closed mid-request is safe.

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <vector>

#include "amparo/query/v1/query.pb.h"
#include "amparo/query/v1/stats.pb.h"
#include "server_connection.hpp"

class QNetworkReply;

namespace amparo::mobile {

class SyncClient;

// What went wrong, for people: a translated sentence, plus the server's
// field findings when it sent some.
struct ApiError {
  struct Field {
    QString path;
    QString messageEn;
    QString messageEs;
  };
  int status = 0;
  QString message;
  std::vector<Field> fieldErrors;
  bool ok() const { return message.isEmpty(); }
  // The message, or the findings' messages in the language ("es" or "en").
  QString describe(const QString& language) const;
};

// The filters GET /v1/records, /v1/stats and /v1/export share, as the app
// holds them (enum values as numbers; empty or 0: not filtered).
struct RecordQueryFilter {
  QString office;
  QString siteId;
  int siteType = 0;   // amparo.records.v1.SiteType
  int visitType = 0;  // amparo.records.v1.VisitType
  QString from;       // "yyyy-MM-dd", inclusive
  QString to;
  QString author;     // the monitor's account
  QString reviewStatus;  // unreviewed, reviewed, flagged, follow_up_requested
  bool alertsOnly = false;
  bool conflictsOnly = false;
  int kind = 0;  // amparo.sync.v1.RecordKind

  // The query string the server reads ("visit_type=detention&from=…").
  QUrlQuery toQuery() const;
};

class CoordinatorApi {
  Q_DECLARE_TR_FUNCTIONS(CoordinatorApi)

public:
  template <class Message>
  using Done = std::function<void(std::optional<Message>, const ApiError&)>;

  // Not owned: the app's sync client (its connection and enrollment).
  explicit CoordinatorApi(SyncClient* sync) : m_sync(sync) {}

  bool isReady() const;

  // `newestFirst`: the visit log's order; otherwise creation order.
  QNetworkReply* listRecords(QObject* context, const RecordQueryFilter& filter, int pageSize, const QString& pageToken,
                             Done<query::v1::ListRecordsResponse> done, bool newestFirst = false);
  // `reason` empty: personal data withheld; else revealed for that reason
  // (case_management, referral, follow_up, data_subject_request,
  // protection_emergency), which the server audits.
  QNetworkReply* getRecord(QObject* context, const QString& id, const QString& reason,
                           Done<query::v1::GetRecordResponse> done);
  QNetworkReply* stats(QObject* context, const RecordQueryFilter& filter, Done<query::v1::StatsResponse> done);
  QNetworkReply* resolve(QObject* context, const QString& id, const query::v1::ResolveConflictRequest& request,
                         Done<query::v1::ResolveConflictResponse> done);
  // The file's bytes (CSV or XLSX); `query` carries format, kind, hxl and filters.
  QNetworkReply* download(QObject* context, const QUrlQuery& query, std::function<void(QByteArray, const ApiError&)> done);

  // A reply as an ApiError: empty message when it succeeded.
  static ApiError errorOf(const ServerConnection::Reply& reply);

private:
  QNetworkReply* send(QObject* context, const QString& method, const QString& path, const std::string& body,
                      const QByteArray& accept, std::function<void(const ServerConnection::Reply&)> handler);
  template <class Message>
  QNetworkReply* fetch(QObject* context, const QString& method, const QString& path, const std::string& body,
                       Done<Message> done);

  SyncClient* m_sync;
};

}  // namespace amparo::mobile
