#include "site_list_model.hpp"

namespace amparo::mobile {

SiteListModel::SiteListModel(QObject* parent) : QAbstractListModel(parent) { reload(); }

int SiteListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant SiteListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const SiteInfo& site = m_catalog.sites()[m_visible[static_cast<std::size_t>(index.row())]];
  switch (role) {
    case Qt::DisplayRole:
    case NameRole: return site.name;
    case IdRole: return site.id;
    case SiteTypeRole: return site.siteType;
    case OfficeRole: return site.officeCode;
    case SubtypeRole: return site.subtype;
    default: return {};
  }
}

QHash<int, QByteArray> SiteListModel::roleNames() const {
  return {{IdRole, "siteId"}, {NameRole, "name"}, {SiteTypeRole, "siteType"}, {OfficeRole, "office"},
          {SubtypeRole, "subtype"}};
}

void SiteListModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  if (m_store) {
    connect(m_store, &LocalStore::recordSaved, this, [this](const QString&, int kind) {
      if (kind == domain::RecordKind::RECORD_KIND_SITE) reload();
    });
    connect(m_store, &LocalStore::stateChanged, this, &SiteListModel::reload);
  }
  emit storeChanged();
  reload();
}

void SiteListModel::setSearch(const QString& text) {
  if (m_search == text) return;
  m_search = text;
  emit searchChanged();
  refilter();
}

void SiteListModel::setSiteType(int type) {
  if (m_siteType == type) return;
  m_siteType = type;
  emit siteTypeChanged();
  refilter();
}

void SiteListModel::reload() {
  m_catalog.reload(m_store);
  refilter();
}

void SiteListModel::refilter() {
  const int before = count();
  beginResetModel();
  m_visible.clear();
  const auto& sites = m_catalog.sites();
  for (std::size_t i = 0; i < sites.size(); ++i) {
    if (m_siteType != 0 && sites[i].siteType != m_siteType) continue;
    if (!m_search.trimmed().isEmpty() && !m_catalog.matches(sites[i], m_search)) continue;
    m_visible.push_back(i);
  }
  endResetModel();
  if (before != count()) emit countChanged();
}

}  // namespace amparo::mobile
