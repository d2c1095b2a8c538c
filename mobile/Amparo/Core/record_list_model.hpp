#pragma once
// A list of records from the store's clear columns, newest first, loaded in
// pages as the view scrolls (canFetchMore/fetchMore), so 10,000 rows open as
// fast as 100. Nothing is decrypted to show a row.

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "local_store.hpp"
#include "site_catalog.hpp"

namespace amparo::mobile {

class RecordListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  // amparo.sync.v1.RecordKind; visits by default.
  Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY filterChanged)
  Q_PROPERTY(QString dayFrom READ dayFrom WRITE setDayFrom NOTIFY filterChanged)
  Q_PROPERTY(QString dayTo READ dayTo WRITE setDayTo NOTIFY filterChanged)
  Q_PROPERTY(QString siteId READ siteId WRITE setSiteId NOTIFY filterChanged)
  Q_PROPERTY(int visitType READ visitType WRITE setVisitType NOTIFY filterChanged)
  // LocalStore::SyncState values; empty shows every state.
  Q_PROPERTY(QList<int> syncStates READ syncStates WRITE setSyncStates NOTIFY filterChanged)
  Q_PROPERTY(QString parentId READ parentId WRITE setParentId NOTIFY filterChanged)
  // Follow-ups due by this day ("yyyy-MM-dd"): next date on or before it and
  // no later follow-up of the same case. Empty: not filtered.
  Q_PROPERTY(QString dueBy READ dueBy WRITE setDueBy NOTIFY filterChanged)
  // Matches the site's name (what lists can search without decrypting).
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
  Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
  // All matching rows, loaded or not.
  Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
  enum Roles {
    IdRole = Qt::UserRole + 1,
    KindRole,
    RevisionRole,
    ParentIdRole,
    OccurredAtRole,
    DayRole,
    SiteIdRole,
    SiteNameRole,
    VisitTypeRole,
    SyncStateRole,
    UpdatedAtRole,
    DueDayRole,
    // The latest coordinator review of the row's record
    // (records.v1.ReviewVerdict; 0 when none) and its follow-up due date.
    ReviewVerdictRole,
    ReviewDueRole,
    // The record's personal data was purged from the device.
    PersonalDataRemovedRole,
  };
  Q_ENUM(Roles)

  explicit RecordListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  int kind() const { return m_filter.kind; }
  void setKind(int kind);
  QString dayFrom() const { return m_filter.dayFrom; }
  void setDayFrom(const QString& day);
  QString dayTo() const { return m_filter.dayTo; }
  void setDayTo(const QString& day);
  QString siteId() const { return m_siteId; }
  void setSiteId(const QString& id);
  int visitType() const { return m_filter.visitType; }
  void setVisitType(int type);
  QList<int> syncStates() const { return m_filter.syncStates; }
  void setSyncStates(const QList<int>& states);
  QString parentId() const { return m_filter.parentId; }
  void setParentId(const QString& id);
  QString dueBy() const { return m_filter.dueBy; }
  void setDueBy(const QString& day);
  QString search() const { return m_search; }
  void setSearch(const QString& text);
  int pageSize() const { return m_pageSize; }
  void setPageSize(int size);
  int totalCount() const { return m_total; }

  // Reloads from the first page (the store signals saves on its own).
  Q_INVOKABLE void reload();
  // The row's values by role name, for QML code outside a delegate.
  Q_INVOKABLE QVariantMap get(int row) const;

signals:
  void storeChanged();
  void filterChanged();
  void pageSizeChanged();
  void totalCountChanged();

private:
  void scheduleReload();
  RecordFilter effectiveFilter() const;

  QPointer<LocalStore> m_store;
  RecordFilter m_filter;
  QString m_siteId;
  QString m_search;
  int m_pageSize = 100;
  int m_total = 0;
  std::vector<RecordRow> m_rows;
  SiteCatalog m_sites;
  QTimer m_reloadTimer;  // coalesces bursts of saves and filter edits
  bool m_fetching = false;  // views may call back into fetchMore while rows are inserted
};

}  // namespace amparo::mobile
