#pragma once
// The coordinator's visit log: the records of the coordinator's offices as
// the server holds them, filtered on the server and loaded a page at a time
// as the view scrolls (canFetchMore/fetchMore follow next_page_token), so
// 100,000 records never come to the device at once. Rows can be selected
// for a review of several records at once. With conflictsOnly it is the
// conflicts queue.

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "coordinator_api.hpp"
#include "local_store.hpp"
#include "site_catalog.hpp"
#include "sync_client.hpp"

namespace amparo::mobile {

class VisitLogModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  // Where to ask (AppController.sync) and where site names come from (AppController.store).
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync WRITE setSync NOTIFY syncChanged)
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  // Filters; empty or 0: not filtered. kind is an amparo.sync.v1.RecordKind
  // (visits by default; 0 any kind), visitType an amparo.records.v1.VisitType.
  Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY filterChanged)
  Q_PROPERTY(QString office READ office WRITE setOffice NOTIFY filterChanged)
  Q_PROPERTY(QString siteId READ siteId WRITE setSiteId NOTIFY filterChanged)
  Q_PROPERTY(int visitType READ visitType WRITE setVisitType NOTIFY filterChanged)
  Q_PROPERTY(QString dateFrom READ dateFrom WRITE setDateFrom NOTIFY filterChanged)
  Q_PROPERTY(QString dateTo READ dateTo WRITE setDateTo NOTIFY filterChanged)
  Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY filterChanged)
  // unreviewed, reviewed, flagged, follow_up_requested; empty: any.
  Q_PROPERTY(QString reviewStatus READ reviewStatus WRITE setReviewStatus NOTIFY filterChanged)
  Q_PROPERTY(bool alertsOnly READ alertsOnly WRITE setAlertsOnly NOTIFY filterChanged)
  Q_PROPERTY(bool conflictsOnly READ conflictsOnly WRITE setConflictsOnly NOTIFY filterChanged)
  Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
  // Off: nothing is asked until set (pages not on screen stay quiet).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)

public:
  enum Roles {
    IdRole = Qt::UserRole + 1,
    KindRole,
    RevisionRole,
    OfficeRole,
    AuthorRole,
    OccurredAtRole,
    SiteIdRole,
    SiteNameRole,
    VisitTypeRole,
    AlertRole,
    DeletedRole,
    PersonalDataWithheldRole,
    PeopleInterviewedRole,
    SelectedRole,
  };
  Q_ENUM(Roles)

  struct Row {
    QString id;
    int kind = 0;
    QString revision;
    QString office;
    QString author;
    QDateTime occurredAt;
    QString siteId;
    int visitType = 0;
    bool alert = false;
    bool deleted = false;
    bool withheld = false;
    int peopleInterviewed = 0;
    bool selected = false;
  };

  explicit VisitLogModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role) override;
  QHash<int, QByteArray> roleNames() const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  SyncClient* sync() const { return m_sync; }
  void setSync(SyncClient* sync);
  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  int kind() const { return m_filter.kind; }
  void setKind(int kind);
  QString office() const { return m_filter.office; }
  void setOffice(const QString& office);
  QString siteId() const { return m_filter.siteId; }
  void setSiteId(const QString& id);
  int visitType() const { return m_filter.visitType; }
  void setVisitType(int type);
  QString dateFrom() const { return m_filter.from; }
  void setDateFrom(const QString& day);
  QString dateTo() const { return m_filter.to; }
  void setDateTo(const QString& day);
  QString author() const { return m_filter.author; }
  void setAuthor(const QString& author);
  QString reviewStatus() const { return m_filter.reviewStatus; }
  void setReviewStatus(const QString& status);
  bool alertsOnly() const { return m_filter.alertsOnly; }
  void setAlertsOnly(bool on);
  bool conflictsOnly() const { return m_filter.conflictsOnly; }
  void setConflictsOnly(bool on);
  int pageSize() const { return m_pageSize; }
  void setPageSize(int size);
  bool active() const { return m_active; }
  void setActive(bool active);
  bool loading() const { return m_loading; }
  bool hasMore() const { return !m_nextToken.isEmpty(); }
  int count() const { return static_cast<int>(m_rows.size()); }
  QString error() const { return m_error; }
  int selectedCount() const;
  const RecordQueryFilter& filter() const { return m_filter; }

  // From the first page again (filters changed, a review was sent).
  Q_INVOKABLE void refresh();
  // The next page, if any (views call fetchMore on their own).
  Q_INVOKABLE void loadMore();
  Q_INVOKABLE QVariantMap get(int row) const;
  Q_INVOKABLE void setSelected(int row, bool selected);
  Q_INVOKABLE void selectAll();
  Q_INVOKABLE void clearSelection();
  // [{recordId, revision, officeCode}] of the selected rows, for ReviewComposer.
  Q_INVOKABLE QVariantList selectedTargets() const;
  // The site's name as the app knows it ("" when unknown).
  Q_INVOKABLE QString siteName(const QString& id) const;
  // [{value: site id, text: name}] of the sites the app knows, by name (the
  // site filter's choices).
  Q_INVOKABLE QVariantList siteChoices() const;

signals:
  void syncChanged();
  void storeChanged();
  void filterChanged();
  void pageSizeChanged();
  void activeChanged();
  void loadingChanged();
  void countChanged();
  void errorChanged();
  void selectionChanged();
  // A page arrived (tests wait on it).
  void pageLoaded();

private:
  void scheduleRefresh();
  void requestPage();
  void setLoading(bool loading);
  void setError(const QString& error);

  QPointer<SyncClient> m_sync;
  QPointer<LocalStore> m_store;
  RecordQueryFilter m_filter;
  int m_pageSize = 100;
  bool m_active = true;
  bool m_loading = false;
  bool m_started = false;  // a first page was asked since the last reset
  QString m_nextToken;
  QString m_error;
  quint64 m_generation = 0;  // answers for older filters are dropped
  std::vector<Row> m_rows;
  SiteCatalog m_sites;
  QTimer m_refreshTimer;  // coalesces filter edits
};

}  // namespace amparo::mobile
