#pragma once
// The coordinators' dashboard figures: GET /v1/stats (the server computes
// them over its records, suppressing counts from 1 to 4) turned into what
// the charts draw: bar lists (ChartModel: label, value, suppressed) for the
// breakdowns and label/series arrays for the lines over time.

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "chart_model.hpp"
#include "coordinator_api.hpp"
#include "local_store.hpp"
#include "site_catalog.hpp"
#include "sync_client.hpp"

namespace amparo::mobile {

class StatsModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync WRITE setSync NOTIFY syncChanged)
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  // "es" or "en": labels of countries, agencies and needs.
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  // Filters (the visit log's): empty or 0 not filtered.
  Q_PROPERTY(QString office READ office WRITE setOffice NOTIFY filterChanged)
  Q_PROPERTY(QString siteId READ siteId WRITE setSiteId NOTIFY filterChanged)
  Q_PROPERTY(int siteType READ siteType WRITE setSiteType NOTIFY filterChanged)
  Q_PROPERTY(int visitType READ visitType WRITE setVisitType NOTIFY filterChanged)
  Q_PROPERTY(QString dateFrom READ dateFrom WRITE setDateFrom NOTIFY filterChanged)
  Q_PROPERTY(QString dateTo READ dateTo WRITE setDateTo NOTIFY filterChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(bool loaded READ loaded NOTIFY statsChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // {visits, accessDenied, screenings, peopleCovered, peopleCoveredSuppressed,
  //  sessions, participants, participantsSuppressed, uasc, uascSuppressed}
  Q_PROPERTY(QVariantMap activity READ activity NOTIFY statsChanged)
  Q_PROPERTY(int openAlerts READ openAlerts NOTIFY statsChanged)
  Q_PROPERTY(int threshold READ threshold NOTIFY statsChanged)
  Q_PROPERTY(qint64 recordsConsidered READ recordsConsidered NOTIFY statsChanged)
  Q_PROPERTY(amparo::mobile::ChartModel* visitsByType READ visitsByType CONSTANT)
  Q_PROPERTY(amparo::mobile::ChartModel* people READ people CONSTANT)
  Q_PROPERTY(amparo::mobile::ChartModel* specificNeeds READ specificNeeds CONSTANT)
  // One bar per agency (total), its note: acceptance rate, median days, failures.
  Q_PROPERTY(amparo::mobile::ChartModel* referralAgencies READ referralAgencies CONSTANT)
  // One bar per agency × status.
  Q_PROPERTY(amparo::mobile::ChartModel* referralStatuses READ referralStatuses CONSTANT)
  // One bar per detention centre: its last population; alert when children
  // were present on any visit. key: the site id.
  Q_PROPERTY(amparo::mobile::ChartModel* detentionCentres READ detentionCentres CONSTANT)
  Q_PROPERTY(amparo::mobile::ChartModel* shelters READ shelters CONSTANT)
  // {labels: [...], series: [{name, values: [...]}], alerts: [bool per label]}
  Q_PROPERTY(QVariantMap trendChart READ trendChart NOTIFY statsChanged)

public:
  explicit StatsModel(QObject* parent = nullptr);

  SyncClient* sync() const { return m_sync; }
  void setSync(SyncClient* sync);
  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  QString office() const { return m_filter.office; }
  void setOffice(const QString& office);
  QString siteId() const { return m_filter.siteId; }
  void setSiteId(const QString& id);
  int siteType() const { return m_filter.siteType; }
  void setSiteType(int type);
  int visitType() const { return m_filter.visitType; }
  void setVisitType(int type);
  QString dateFrom() const { return m_filter.from; }
  void setDateFrom(const QString& day);
  QString dateTo() const { return m_filter.to; }
  void setDateTo(const QString& day);
  bool active() const { return m_active; }
  void setActive(bool active);
  bool loading() const { return m_loading; }
  bool loaded() const { return m_stats.has_value(); }
  QString error() const { return m_error; }
  QVariantMap activity() const;
  int openAlerts() const { return m_stats ? static_cast<int>(m_stats->open_alerts()) : 0; }
  int threshold() const { return m_stats && m_stats->suppression_threshold() > 0 ? m_stats->suppression_threshold() : 5; }
  qint64 recordsConsidered() const { return m_stats ? m_stats->records_considered() : 0; }
  ChartModel* visitsByType() { return &m_visitsByType; }
  ChartModel* people() { return &m_people; }
  ChartModel* specificNeeds() { return &m_needs; }
  ChartModel* referralAgencies() { return &m_agencies; }
  ChartModel* referralStatuses() { return &m_statuses; }
  ChartModel* detentionCentres() { return &m_detention; }
  ChartModel* shelters() { return &m_shelters; }
  QVariantMap trendChart() const;

  Q_INVOKABLE void refresh();
  // Capacity and population over time at one detention centre (site id),
  // alerts where children were present.
  Q_INVOKABLE QVariantMap detentionChart(const QString& siteId) const;
  // Capacity and occupancy over time at one shelter.
  Q_INVOKABLE QVariantMap shelterChart(const QString& siteId) const;
  // The site's name as the app knows it ("" for none).
  Q_INVOKABLE QString siteName(const QString& id) const { return id.isEmpty() ? QString() : siteLabel(id.toStdString()); }
  // Feeds a StatsResponse as if the server had sent it (tests, screenshots).
  void setStats(const query::v1::StatsResponse& stats);

signals:
  void syncChanged();
  void storeChanged();
  void languageChanged();
  void filterChanged();
  void activeChanged();
  void loadingChanged();
  void statsChanged();
  void errorChanged();

private:
  void scheduleRefresh();
  void rebuild();
  QString siteLabel(const std::string& id) const;

  QPointer<SyncClient> m_sync;
  QPointer<LocalStore> m_store;
  QString m_language = QStringLiteral("es");
  RecordQueryFilter m_filter;
  bool m_active = true;
  bool m_loading = false;
  bool m_refreshPending = false;
  QString m_error;
  quint64 m_generation = 0;
  std::optional<query::v1::StatsResponse> m_stats;
  SiteCatalog m_sites;
  ChartModel m_visitsByType;
  ChartModel m_people;
  ChartModel m_needs;
  ChartModel m_agencies;
  ChartModel m_statuses;
  ChartModel m_detention;
  ChartModel m_shelters;
};

}  // namespace amparo::mobile
