#include "record_list_model.hpp"

namespace amparo::mobile {

RecordListModel::RecordListModel(QObject* parent) : QAbstractListModel(parent) {
  m_filter.kind = domain::RecordKind::RECORD_KIND_VISIT;
  m_reloadTimer.setSingleShot(true);
  m_reloadTimer.setInterval(0);
  connect(&m_reloadTimer, &QTimer::timeout, this, &RecordListModel::reload);
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const RecordRow& row = m_rows[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case SiteNameRole: {
      const QString name = m_sites.nameOf(row.siteId);
      return name.isEmpty() ? row.label : name;
    }
    case IdRole: return row.id;
    case KindRole: return row.kind;
    case RevisionRole: return row.revision;
    case ParentIdRole: return row.parentId;
    case OccurredAtRole: return row.occurredAt.toLocalTime();
    case DayRole: return row.day;
    case SiteIdRole: return row.siteId;
    case VisitTypeRole: return row.visitType;
    case SyncStateRole: return row.syncState;
    case UpdatedAtRole: return row.updatedAt.toLocalTime();
    case DueDayRole: return row.dueDay;
    case ReviewVerdictRole: return row.reviewVerdict;
    case ReviewDueRole: return row.reviewDue;
    case PersonalDataRemovedRole: return row.personalDataRemoved;
    default: return {};
  }
}

QHash<int, QByteArray> RecordListModel::roleNames() const {
  return {{IdRole, "recordId"},         {KindRole, "kind"},           {RevisionRole, "revision"},
          {ParentIdRole, "parentId"},   {OccurredAtRole, "occurredAt"}, {DayRole, "day"},
          {SiteIdRole, "siteId"},       {SiteNameRole, "siteName"},   {VisitTypeRole, "visitType"},
          {SyncStateRole, "syncState"}, {UpdatedAtRole, "updatedAt"}, {DueDayRole, "dueDay"},
          {ReviewVerdictRole, "reviewVerdict"}, {ReviewDueRole, "reviewDue"},
          {PersonalDataRemovedRole, "personalDataRemoved"}};
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && !m_fetching && static_cast<int>(m_rows.size()) < m_total;
}

void RecordListModel::fetchMore(const QModelIndex& parent) {
  LocalStore* const store = m_store;
  if (!canFetchMore(parent) || store == nullptr) return;
  const int offset = static_cast<int>(m_rows.size());
  auto page = store->query(effectiveFilter(), offset, m_pageSize);
  if (page.empty()) {
    // The table shrank under us: stop offering more.
    m_total = offset;
    emit totalCountChanged();
    return;
  }
  m_fetching = true;
  beginInsertRows({}, offset, offset + static_cast<int>(page.size()) - 1);
  m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
  endInsertRows();
  m_fetching = false;
}

RecordFilter RecordListModel::effectiveFilter() const {
  RecordFilter filter = m_filter;
  std::optional<QStringList> sites;
  if (!m_siteId.isEmpty()) sites = QStringList{m_siteId};
  if (!m_search.trimmed().isEmpty()) {
    QStringList matching = m_sites.idsMatching(m_search);
    if (sites) matching = matching.contains(m_siteId) ? QStringList{m_siteId} : QStringList{};
    sites = matching;
  }
  filter.siteIds = sites;
  return filter;
}

void RecordListModel::reload() {
  m_reloadTimer.stop();
  beginResetModel();
  m_rows.clear();
  LocalStore* const store = m_store;
  m_sites.reload(store);
  const int total = store != nullptr ? store->count(effectiveFilter()) : 0;
  if (store != nullptr && total > 0) m_rows = store->query(effectiveFilter(), 0, m_pageSize);
  endResetModel();
  if (m_total != total) {
    m_total = total;
    emit totalCountChanged();
  }
}

QVariantMap RecordListModel::get(int row) const {
  QVariantMap out;
  if (row < 0 || row >= rowCount()) return out;
  const auto roles = roleNames();
  for (auto it = roles.cbegin(); it != roles.cend(); ++it)
    out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
  return out;
}

void RecordListModel::scheduleReload() { m_reloadTimer.start(); }

void RecordListModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  if (m_store) {
    connect(m_store, &LocalStore::recordSaved, this, &RecordListModel::scheduleReload);
    connect(m_store, &LocalStore::stateChanged, this, &RecordListModel::scheduleReload);
  }
  emit storeChanged();
  scheduleReload();
}

#define AMPARO_FILTER_SETTER(Setter, Type, member) \
  void RecordListModel::Setter(const Type& value) { \
    if (member == value) return;                    \
    member = value;                                 \
    emit filterChanged();                           \
    scheduleReload();                               \
  }

void RecordListModel::setKind(int kind) {
  if (m_filter.kind == kind) return;
  m_filter.kind = kind;
  emit filterChanged();
  scheduleReload();
}

void RecordListModel::setVisitType(int type) {
  if (m_filter.visitType == type) return;
  m_filter.visitType = type;
  emit filterChanged();
  scheduleReload();
}

AMPARO_FILTER_SETTER(setDayFrom, QString, m_filter.dayFrom)
AMPARO_FILTER_SETTER(setDayTo, QString, m_filter.dayTo)
AMPARO_FILTER_SETTER(setSiteId, QString, m_siteId)
AMPARO_FILTER_SETTER(setSyncStates, QList<int>, m_filter.syncStates)
AMPARO_FILTER_SETTER(setParentId, QString, m_filter.parentId)
AMPARO_FILTER_SETTER(setDueBy, QString, m_filter.dueBy)
AMPARO_FILTER_SETTER(setSearch, QString, m_search)
#undef AMPARO_FILTER_SETTER

void RecordListModel::setPageSize(int size) {
  if (size < 1 || m_pageSize == size) return;
  m_pageSize = size;
  emit pageSizeChanged();
}

}  // namespace amparo::mobile
