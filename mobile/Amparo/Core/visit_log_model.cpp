#include "visit_log_model.hpp"

#include <QSet>

#include "record_view.hpp"

namespace amparo::mobile {

VisitLogModel::VisitLogModel(QObject* parent) : QAbstractListModel(parent) {
  m_filter.kind = domain::RecordKind::RECORD_KIND_VISIT;
  m_refreshTimer.setSingleShot(true);
  m_refreshTimer.setInterval(150);
  connect(&m_refreshTimer, &QTimer::timeout, this, &VisitLogModel::refresh);
}

int VisitLogModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant VisitLogModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Row& row = m_rows[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case SiteNameRole: return m_sites.nameOf(row.siteId);
    case IdRole: return row.id;
    case KindRole: return row.kind;
    case RevisionRole: return row.revision;
    case OfficeRole: return row.office;
    case AuthorRole: return row.author;
    case OccurredAtRole: return row.occurredAt.toLocalTime();
    case SiteIdRole: return row.siteId;
    case VisitTypeRole: return row.visitType;
    case AlertRole: return row.alert;
    case DeletedRole: return row.deleted;
    case PersonalDataWithheldRole: return row.withheld;
    case PeopleInterviewedRole: return row.peopleInterviewed;
    case SelectedRole: return row.selected;
    default: return {};
  }
}

bool VisitLogModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (role != SelectedRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
    return false;
  setSelected(index.row(), value.toBool());
  return true;
}

QHash<int, QByteArray> VisitLogModel::roleNames() const {
  return {{IdRole, "recordId"},
          {KindRole, "kind"},
          {RevisionRole, "revision"},
          {OfficeRole, "officeCode"},
          {AuthorRole, "author"},
          {OccurredAtRole, "occurredAt"},
          {SiteIdRole, "siteId"},
          {SiteNameRole, "siteName"},
          {VisitTypeRole, "visitType"},
          {AlertRole, "alert"},
          {DeletedRole, "deleted"},
          {PersonalDataWithheldRole, "personalDataWithheld"},
          {PeopleInterviewedRole, "peopleInterviewed"},
          {SelectedRole, "selected"}};
}

bool VisitLogModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && m_active && !m_loading && !m_nextToken.isEmpty();
}

void VisitLogModel::fetchMore(const QModelIndex& parent) {
  if (canFetchMore(parent)) requestPage();
}

void VisitLogModel::loadMore() { fetchMore({}); }

void VisitLogModel::refresh() {
  m_refreshTimer.stop();
  ++m_generation;
  const bool hadSelection = selectedCount() > 0;
  beginResetModel();
  m_rows.clear();
  m_nextToken.clear();
  m_sites.reload(m_store);
  endResetModel();
  emit countChanged();
  if (hadSelection) emit selectionChanged();
  setError({});
  m_loading = false;
  m_started = false;
  if (m_active) requestPage();
  else emit loadingChanged();
}

void VisitLogModel::requestPage() {
  CoordinatorApi api(m_sync);
  const quint64 generation = m_generation;
  const QString token = m_nextToken;
  m_started = true;
  setLoading(true);
  api.listRecords(this, m_filter, m_pageSize, token,
                  [this, generation](std::optional<query::v1::ListRecordsResponse> page, const ApiError& error) {
                    if (generation != m_generation) return;  // filters changed meanwhile
                    if (!page) {
                      setError(error.message);
                      setLoading(false);
                      return;
                    }
                    QSet<QString> withheld;
                    for (const auto& id : page->personal_data_withheld_ids()) withheld.insert(QString::fromStdString(id));
                    std::vector<Row> rows;
                    rows.reserve(static_cast<std::size_t>(page->records_size()));
                    for (const auto& record : page->records()) {
                      Row row;
                      row.id = QString::fromStdString(record.id());
                      row.kind = record.kind();
                      row.revision = QString::fromStdString(record.revision());
                      row.office = QString::fromStdString(record.office_code());
                      row.author = QString::fromStdString(record.author());
                      row.occurredAt = recordOccurredAt(record);
                      row.deleted = record.deleted();
                      row.withheld = withheld.contains(row.id);
                      row.alert = recordRaisesAlert(record);
                      if (record.has_visit()) {
                        row.siteId = QString::fromStdString(record.visit().site_id());
                        row.visitType = record.visit().visit_type();
                        row.peopleInterviewed = static_cast<int>(record.visit().people_interviewed());
                      } else if (record.has_incident()) {
                        row.siteId = QString::fromStdString(record.incident().site_id());
                      }
                      rows.push_back(std::move(row));
                    }
                    m_nextToken = QString::fromStdString(page->next_page_token());
                    if (!rows.empty()) {
                      const int first = count();
                      beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
                      m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                                    std::make_move_iterator(rows.end()));
                      endInsertRows();
                      emit countChanged();
                    }
                    setError({});
                    setLoading(false);
                    emit pageLoaded();
                  },
                  /*newestFirst=*/true);
}

void VisitLogModel::setLoading(bool loading) {
  m_loading = loading;
  emit loadingChanged();
}

void VisitLogModel::setError(const QString& error) {
  if (m_error == error) return;
  m_error = error;
  emit errorChanged();
}

int VisitLogModel::selectedCount() const {
  return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.selected; }));
}

QVariantMap VisitLogModel::get(int row) const {
  QVariantMap out;
  if (row < 0 || row >= rowCount()) return out;
  const auto roles = roleNames();
  for (auto it = roles.cbegin(); it != roles.cend(); ++it)
    out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
  return out;
}

void VisitLogModel::setSelected(int row, bool selected) {
  if (row < 0 || row >= rowCount()) return;
  auto& item = m_rows[static_cast<std::size_t>(row)];
  if (item.selected == selected) return;
  item.selected = selected;
  emit dataChanged(index(row), index(row), {SelectedRole});
  emit selectionChanged();
}

void VisitLogModel::selectAll() {
  for (auto& row : m_rows) row.selected = true;
  if (!m_rows.empty()) emit dataChanged(index(0), index(count() - 1), {SelectedRole});
  emit selectionChanged();
}

void VisitLogModel::clearSelection() {
  for (auto& row : m_rows) row.selected = false;
  if (!m_rows.empty()) emit dataChanged(index(0), index(count() - 1), {SelectedRole});
  emit selectionChanged();
}

QVariantList VisitLogModel::selectedTargets() const {
  QVariantList out;
  for (const auto& row : m_rows) {
    if (!row.selected) continue;
    out << QVariantMap{{QStringLiteral("recordId"), row.id},
                       {QStringLiteral("revision"), row.revision},
                       {QStringLiteral("officeCode"), row.office}};
  }
  return out;
}

QString VisitLogModel::siteName(const QString& id) const { return m_sites.nameOf(id); }

QVariantList VisitLogModel::siteChoices() const {
  QVariantList out;
  for (const auto& site : m_sites.sites()) {
    if (!m_filter.office.isEmpty() && site.officeCode != m_filter.office) continue;
    out << QVariantMap{{QStringLiteral("value"), site.id}, {QStringLiteral("text"), site.name}};
  }
  return out;
}

void VisitLogModel::scheduleRefresh() { m_refreshTimer.start(); }

void VisitLogModel::setSync(SyncClient* sync) {
  if (m_sync == sync) return;
  m_sync = sync;
  emit syncChanged();
  scheduleRefresh();
}

void VisitLogModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  m_store = store;
  m_sites.reload(m_store);
  emit storeChanged();
}

void VisitLogModel::setActive(bool active) {
  if (m_active == active) return;
  m_active = active;
  emit activeChanged();
  if (m_active && !m_started) scheduleRefresh();
}

#define AMPARO_FILTER_SETTER(Setter, Type, member) \
  void VisitLogModel::Setter(Type value) {         \
    if (member == value) return;                   \
    member = value;                                \
    emit filterChanged();                          \
    scheduleRefresh();                             \
  }

AMPARO_FILTER_SETTER(setKind, int, m_filter.kind)
AMPARO_FILTER_SETTER(setOffice, const QString&, m_filter.office)
AMPARO_FILTER_SETTER(setSiteId, const QString&, m_filter.siteId)
AMPARO_FILTER_SETTER(setVisitType, int, m_filter.visitType)
AMPARO_FILTER_SETTER(setDateFrom, const QString&, m_filter.from)
AMPARO_FILTER_SETTER(setDateTo, const QString&, m_filter.to)
AMPARO_FILTER_SETTER(setAuthor, const QString&, m_filter.author)
AMPARO_FILTER_SETTER(setReviewStatus, const QString&, m_filter.reviewStatus)
AMPARO_FILTER_SETTER(setAlertsOnly, bool, m_filter.alertsOnly)
AMPARO_FILTER_SETTER(setConflictsOnly, bool, m_filter.conflictsOnly)
#undef AMPARO_FILTER_SETTER

void VisitLogModel::setPageSize(int size) {
  if (size < 1 || m_pageSize == size) return;
  m_pageSize = size;
  emit pageSizeChanged();
}

}  // namespace amparo::mobile
