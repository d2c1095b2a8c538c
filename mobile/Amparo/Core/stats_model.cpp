#include "stats_model.hpp"

#include <QLocale>
#include <QTimer>

#include <map>

#include "amparo/domain/reference_data.hpp"
#include "local_store.hpp"

namespace amparo::mobile {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A schema value name as people read it; unknown names stay as they are.
QString enumLabel(const std::string& name) {
  static const std::map<std::string, const char*> labels{
      {"VISIT_TYPE_BORDER", QT_TRANSLATE_NOOP("StatsModel", "Border")},
      {"VISIT_TYPE_SHELTER", QT_TRANSLATE_NOOP("StatsModel", "Shelter")},
      {"VISIT_TYPE_DETENTION", QT_TRANSLATE_NOOP("StatsModel", "Detention")},
      {"VISIT_TYPE_URBAN", QT_TRANSLATE_NOOP("StatsModel", "Urban point")},
      {"VISIT_TYPE_FIELD_MISSION", QT_TRANSLATE_NOOP("StatsModel", "Field mission")},
      {"SEX_FEMALE", QT_TRANSLATE_NOOP("StatsModel", "Female")},
      {"SEX_MALE", QT_TRANSLATE_NOOP("StatsModel", "Male")},
      {"SEX_OTHER", QT_TRANSLATE_NOOP("StatsModel", "Other")},
      {"SEX_PREFER_NOT_TO_SAY", QT_TRANSLATE_NOOP("StatsModel", "Not said")},
      {"SEX_UNSPECIFIED", QT_TRANSLATE_NOOP("StatsModel", "Sex unknown")},
      {"AGE_BAND_0_4", QT_TRANSLATE_NOOP("StatsModel", "0–4")},
      {"AGE_BAND_5_11", QT_TRANSLATE_NOOP("StatsModel", "5–11")},
      {"AGE_BAND_12_17", QT_TRANSLATE_NOOP("StatsModel", "12–17")},
      {"AGE_BAND_18_59", QT_TRANSLATE_NOOP("StatsModel", "18–59")},
      {"AGE_BAND_60_PLUS", QT_TRANSLATE_NOOP("StatsModel", "60+")},
      {"AGE_BAND_UNSPECIFIED", QT_TRANSLATE_NOOP("StatsModel", "Age unknown")},
      {"REFERRAL_STATUS_PENDING", QT_TRANSLATE_NOOP("StatsModel", "Pending")},
      {"REFERRAL_STATUS_SENT", QT_TRANSLATE_NOOP("StatsModel", "Sent")},
      {"REFERRAL_STATUS_ACCEPTED", QT_TRANSLATE_NOOP("StatsModel", "Accepted")},
      {"REFERRAL_STATUS_REJECTED", QT_TRANSLATE_NOOP("StatsModel", "Rejected")},
      {"REFERRAL_STATUS_DELIVERY_FAILED", QT_TRANSLATE_NOOP("StatsModel", "Delivery failed")},
      {"REFERRAL_STATUS_IN_PROGRESS", QT_TRANSLATE_NOOP("StatsModel", "In progress")},
      {"REFERRAL_STATUS_CLOSED", QT_TRANSLATE_NOOP("StatsModel", "Closed")},
  };
  const auto it = labels.find(name);
  return it == labels.end() ? qs(name) : QCoreApplication::translate("StatsModel", it->second);
}

ChartModel::Bar bar(const QString& label, const query::v1::CountCell& cell, const QString& key = {}) {
  return {label, static_cast<double>(cell.count()), cell.suppressed(), {}, false, key};
}

QVariantMap chart(const QStringList& labels, const QVariantList& series, const QVariantList& alerts) {
  return {{QStringLiteral("labels"), labels}, {QStringLiteral("series"), series}, {QStringLiteral("alerts"), alerts}};
}

QVariantMap series(const QString& name, const QVariantList& values) {
  return {{QStringLiteral("name"), name}, {QStringLiteral("values"), values}};
}

// An optional count as a chart value: absent is undefined (a gap), not 0.
QVariant optionalValue(bool has, int value) { return has ? QVariant(value) : QVariant(); }

}  // namespace

StatsModel::StatsModel(QObject* parent) : QObject(parent) {}

void StatsModel::setSync(SyncClient* sync) {
  if (m_sync == sync) return;
  m_sync = sync;
  emit syncChanged();
  scheduleRefresh();
}

void StatsModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, &LocalStore::referenceDataChanged, this, nullptr);
  m_store = store;
  if (m_store) connect(m_store, &LocalStore::referenceDataChanged, this, &StatsModel::rebuild);
  m_sites.reload(store);
  emit storeChanged();
  rebuild();
}

void StatsModel::setLanguage(const QString& language) {
  if (m_language == language) return;
  m_language = language;
  emit languageChanged();
  rebuild();
}

void StatsModel::setActive(bool active) {
  if (m_active == active) return;
  m_active = active;
  emit activeChanged();
  if (m_active && (m_refreshPending || !m_stats)) scheduleRefresh();
}

void StatsModel::scheduleRefresh() {
  m_refreshPending = true;
  if (!m_active) return;
  QTimer::singleShot(150, this, [this] {
    if (m_refreshPending) refresh();
  });
}

void StatsModel::refresh() {
  m_refreshPending = false;
  const quint64 generation = ++m_generation;
  m_loading = true;
  emit loadingChanged();
  CoordinatorApi(m_sync).stats(this, m_filter,
                               [this, generation](std::optional<query::v1::StatsResponse> stats, const ApiError& error) {
                                 if (generation != m_generation) return;
                                 m_loading = false;
                                 emit loadingChanged();
                                 if (!stats) {
                                   if (m_error != error.message) {
                                     m_error = error.message;
                                     emit errorChanged();
                                   }
                                   return;
                                 }
                                 if (!m_error.isEmpty()) {
                                   m_error.clear();
                                   emit errorChanged();
                                 }
                                 setStats(*stats);
                               });
}

void StatsModel::setStats(const query::v1::StatsResponse& stats) {
  m_stats = stats;
  m_sites.reload(m_store);
  rebuild();
}

QString StatsModel::siteLabel(const std::string& id) const {
  const QString name = m_sites.nameOf(qs(id));
  return name.isEmpty() ? tr("Site %1").arg(qs(id).right(6)) : name;
}

void StatsModel::rebuild() {
  if (!m_stats) return;
  const auto& s = *m_stats;
  // The store's reference data, as last pulled (country and need labels).
  const auto& reference = m_store ? m_store->referenceData() : domain::ReferenceData::builtin();
  const bool en = m_language == u"en";
  const QLocale locale(en ? QLocale::English : QLocale::Spanish);

  std::vector<ChartModel::Bar> byType;
  for (const auto& cell : s.visits_by_type().cells())
    byType.push_back(bar(cell.keys_size() > 0 ? enumLabel(cell.keys(0)) : QString(), cell));
  m_visitsByType.setBars(std::move(byType));

  // Nationality × sex × age band, largest first (suppressed cells last).
  std::vector<ChartModel::Bar> people;
  for (const auto& cell : s.people_by_nationality_sex_age().cells()) {
    QStringList parts;
    for (int i = 0; i < cell.keys_size(); ++i) {
      if (i == 0) {
        const auto* country = reference.findCountry(cell.keys(0));
        parts << (country ? qs(en ? country->name_en() : country->name_es()) : qs(cell.keys(0)));
      } else {
        parts << enumLabel(cell.keys(i));
      }
    }
    people.push_back(bar(parts.join(QStringLiteral(" · ")), cell));
  }
  std::stable_sort(people.begin(), people.end(), [](const ChartModel::Bar& a, const ChartModel::Bar& b) {
    return a.suppressed != b.suppressed ? !a.suppressed : a.value > b.value;
  });
  m_people.setBars(std::move(people));

  std::vector<ChartModel::Bar> needs;
  for (const auto& cell : s.specific_needs().cells()) {
    const std::string code = cell.keys_size() > 1 ? cell.keys(1) : (cell.keys_size() > 0 ? cell.keys(0) : "");
    const auto* need = reference.findSpecificNeed(code);
    const QString label = need ? qs(code) + QStringLiteral(" ") + qs(en ? need->label_en() : need->label_es()) : qs(code);
    needs.push_back(bar(label, cell, cell.keys_size() > 0 ? qs(cell.keys(0)) : QString()));
  }
  m_needs.setBars(std::move(needs));

  std::vector<ChartModel::Bar> agencies;
  std::vector<ChartModel::Bar> statuses;
  for (const auto& agency : s.referrals()) {
    const auto* known = reference.findAgency(agency.agency_code());
    const QString name = known ? qs(en ? known->name_en() : known->name_es()) : qs(agency.agency_code());
    auto total = bar(name, agency.total(), qs(agency.agency_code()));
    QStringList notes;
    if (agency.has_acceptance_rate())
      notes << tr("accepted %1 %").arg(locale.toString(agency.acceptance_rate() * 100, 'f', 0));
    if (agency.has_median_days_to_answer())
      notes << tr("median %1 days to answer").arg(locale.toString(agency.median_days_to_answer(), 'f', 1));
    if (agency.delivery_failures().suppressed())
      notes << tr("<5 delivery failures");
    else if (agency.delivery_failures().count() > 0)
      notes << tr("%n delivery failure(s)", nullptr, static_cast<int>(agency.delivery_failures().count()));
    total.note = notes.join(QStringLiteral(" · "));
    agencies.push_back(std::move(total));
    for (const auto& cell : agency.by_status()) {
      statuses.push_back(bar(qs(agency.agency_code()) + QStringLiteral(" · ") +
                                 (cell.keys_size() > 0 ? enumLabel(cell.keys(0)) : QString()),
                             cell, qs(agency.agency_code())));
    }
  }
  m_agencies.setBars(std::move(agencies));
  m_statuses.setBars(std::move(statuses));

  // Points come by site, then date: the last one of each site is the latest.
  std::vector<ChartModel::Bar> centres;
  for (const auto& point : s.detention()) {
    if (centres.empty() || centres.back().key != qs(point.site_id())) {
      centres.push_back({siteLabel(point.site_id()), 0, false, {}, false, qs(point.site_id())});
    }
    auto& centre = centres.back();
    centre.value = point.has_population() ? point.population() : 0;
    centre.alert = centre.alert || point.alert();
    centre.note = point.has_capacity() ? tr("capacity %1 · %2").arg(point.capacity()).arg(qs(point.date()))
                                       : qs(point.date());
    if (point.alert()) centre.note += QStringLiteral(" · ") + tr("children present: %1").arg(point.children_present());
  }
  m_detention.setBars(std::move(centres));

  std::vector<ChartModel::Bar> shelters;
  for (const auto& point : s.shelters()) {
    if (shelters.empty() || shelters.back().key != qs(point.site_id())) {
      shelters.push_back({siteLabel(point.site_id()), 0, false, {}, false, qs(point.site_id())});
    }
    auto& shelter = shelters.back();
    shelter.value = point.has_occupancy() ? point.occupancy() : 0;
    shelter.alert = point.has_capacity() && point.has_occupancy() && point.occupancy() > point.capacity();
    shelter.note = point.has_capacity() ? tr("capacity %1 · %2").arg(point.capacity()).arg(qs(point.date()))
                                        : qs(point.date());
  }
  m_shelters.setBars(std::move(shelters));
  emit statsChanged();
}

QVariantMap StatsModel::activity() const {
  if (!m_stats) return {};
  const auto& a = m_stats->activity();
  return {{QStringLiteral("visits"), static_cast<qint64>(a.visits())},
          {QStringLiteral("accessDenied"), static_cast<qint64>(a.access_denied())},
          {QStringLiteral("screenings"), static_cast<qint64>(a.screenings())},
          {QStringLiteral("peopleCovered"), static_cast<qint64>(a.people_covered().count())},
          {QStringLiteral("peopleCoveredSuppressed"), a.people_covered().suppressed()},
          {QStringLiteral("sessions"), static_cast<qint64>(a.information_sessions())},
          {QStringLiteral("participants"), static_cast<qint64>(a.information_participants().count())},
          {QStringLiteral("participantsSuppressed"), a.information_participants().suppressed()},
          {QStringLiteral("uasc"), static_cast<qint64>(a.unaccompanied_or_separated_children().count())},
          {QStringLiteral("uascSuppressed"), a.unaccompanied_or_separated_children().suppressed()}};
}

QVariantMap StatsModel::trendChart() const {
  QStringList labels;
  QVariantList visits;
  QVariantList screenings;
  QVariantList alerts;
  if (m_stats) {
    for (const auto& point : m_stats->trend()) {
      labels << qs(point.period());
      visits << static_cast<qint64>(point.visits());
      screenings << static_cast<qint64>(point.screenings());
      alerts << false;
    }
  }
  return chart(labels, {series(tr("Visits"), visits), series(tr("Interviews"), screenings)}, alerts);
}

QVariantMap StatsModel::detentionChart(const QString& siteId) const {
  QStringList labels;
  QVariantList capacity;
  QVariantList population;
  QVariantList children;
  QVariantList alerts;
  if (m_stats) {
    for (const auto& point : m_stats->detention()) {
      if (qs(point.site_id()) != siteId) continue;
      labels << qs(point.date());
      capacity << optionalValue(point.has_capacity(), point.capacity());
      population << optionalValue(point.has_population(), point.population());
      children << point.children_present();
      alerts << point.alert();
    }
  }
  return chart(labels,
               {series(tr("Capacity"), capacity), series(tr("Population"), population),
                series(tr("Children present"), children)},
               alerts);
}

QVariantMap StatsModel::shelterChart(const QString& siteId) const {
  QStringList labels;
  QVariantList capacity;
  QVariantList occupancy;
  QVariantList alerts;
  if (m_stats) {
    for (const auto& point : m_stats->shelters()) {
      if (qs(point.site_id()) != siteId) continue;
      labels << qs(point.date());
      capacity << optionalValue(point.has_capacity(), point.capacity());
      occupancy << optionalValue(point.has_occupancy(), point.occupancy());
      alerts << (point.has_capacity() && point.has_occupancy() && point.occupancy() > point.capacity());
    }
  }
  return chart(labels, {series(tr("Capacity"), capacity), series(tr("Occupancy"), occupancy)}, alerts);
}

#define AMPARO_FILTER_SETTER(Setter, Type, member) \
  void StatsModel::Setter(Type value) {            \
    if (member == value) return;                   \
    member = value;                                \
    emit filterChanged();                          \
    scheduleRefresh();                             \
  }

AMPARO_FILTER_SETTER(setOffice, const QString&, m_filter.office)
AMPARO_FILTER_SETTER(setSiteId, const QString&, m_filter.siteId)
AMPARO_FILTER_SETTER(setSiteType, int, m_filter.siteType)
AMPARO_FILTER_SETTER(setVisitType, int, m_filter.visitType)
AMPARO_FILTER_SETTER(setDateFrom, const QString&, m_filter.from)
AMPARO_FILTER_SETTER(setDateTo, const QString&, m_filter.to)
#undef AMPARO_FILTER_SETTER

}  // namespace amparo::mobile
