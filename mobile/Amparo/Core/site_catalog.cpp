#include "site_catalog.hpp"

#include <algorithm>

#include "local_store.hpp"

namespace amparo::mobile {

QString searchKey(const QString& text) {
  const QString decomposed = text.normalized(QString::NormalizationForm_D);
  QString out;
  out.reserve(decomposed.size());
  for (const QChar c : decomposed) {
    if (c.category() != QChar::Mark_NonSpacing) out.append(c.toLower());
  }
  return out;
}

const std::vector<SiteInfo>& SiteCatalog::demoSites() {
  // Fixed UUIDv7 ids so demo visits keep pointing at the same site.
  static const std::vector<SiteInfo> sites = {
      {QStringLiteral("01900000-0000-7000-8000-000000000001"), QStringLiteral("Estación Migratoria Siglo XXI"), 3,
       QStringLiteral("TAP"), QStringLiteral("estación migratoria")},
      {QStringLiteral("01900000-0000-7000-8000-000000000002"), QStringLiteral("Puente fronterizo Ciudad Hidalgo"), 1,
       QStringLiteral("TAP"), QStringLiteral("garita")},
      {QStringLiteral("01900000-0000-7000-8000-000000000003"), QStringLiteral("Cruce en balsa, río Suchiate"), 1,
       QStringLiteral("TAP"), QStringLiteral("río")},
      {QStringLiteral("01900000-0000-7000-8000-000000000004"), QStringLiteral("Garita Talismán"), 1,
       QStringLiteral("TAP"), QStringLiteral("garita")},
      {QStringLiteral("01900000-0000-7000-8000-000000000005"), QStringLiteral("Albergue Belén"), 2,
       QStringLiteral("TAP"), QStringLiteral("albergue de sociedad civil")},
      {QStringLiteral("01900000-0000-7000-8000-000000000006"), QStringLiteral("Parque Bicentenario, Tapachula"), 4,
       QStringLiteral("TAP"), QStringLiteral("calle o campamento")},
      {QStringLiteral("01900000-0000-7000-8000-000000000007"), QStringLiteral("Fila frente a COMAR Tapachula"), 4,
       QStringLiteral("TAP"), QStringLiteral("fila COMAR")},
      {QStringLiteral("01900000-0000-7000-8000-000000000008"), QStringLiteral("La 72, Hogar-Refugio"), 2,
       QStringLiteral("TEN"), QStringLiteral("albergue de sociedad civil")},
      {QStringLiteral("01900000-0000-7000-8000-000000000009"), QStringLiteral("Estancia Provisional Tenosique"), 3,
       QStringLiteral("TEN"), QStringLiteral("estancia provisional")},
      {QStringLiteral("01900000-0000-7000-8000-00000000000a"), QStringLiteral("Estación Migratoria Acayucan"), 3,
       QStringLiteral("ACA"), QStringLiteral("estación migratoria")},
      {QStringLiteral("01900000-0000-7000-8000-00000000000b"), QStringLiteral("Casa del Migrante de Saltillo"), 2,
       QStringLiteral("SAL"), QStringLiteral("albergue de sociedad civil")},
      {QStringLiteral("01900000-0000-7000-8000-00000000000c"), QStringLiteral("Vías del tren, Saltillo"), 4,
       QStringLiteral("SAL"), QStringLiteral("vías del tren")},
  };
  return sites;
}

void SiteCatalog::reload(const LocalStore* store) {
  m_sites = demoSites();
  if (store != nullptr && store->isOpen()) {
    RecordFilter filter;
    filter.kind = domain::RecordKind::RECORD_KIND_SITE;
    for (const auto& row : store->query(filter, 0, 10000)) {
      SiteInfo site{row.id, row.label, 0, {}, {}};
      // Sites are not personal, but their details are inside the encrypted
      // payload: read them when the store is open.
      if (store->isUnlocked()) {
        if (const auto envelope = store->load(row.id)) {
          site.siteType = envelope->site().site_type();
          site.officeCode = QString::fromStdString(envelope->site().office_code());
          site.subtype = QString::fromStdString(envelope->site().subtype());
        }
      }
      m_sites.push_back(site);
    }
  }
  std::stable_sort(m_sites.begin(), m_sites.end(), [](const SiteInfo& a, const SiteInfo& b) {
    return QString::localeAwareCompare(a.name, b.name) < 0;
  });
  m_byId.clear();
  for (qsizetype i = 0; i < static_cast<qsizetype>(m_sites.size()); ++i) m_byId.insert(m_sites[static_cast<std::size_t>(i)].id, i);
}

QString SiteCatalog::nameOf(const QString& id) const {
  const auto it = m_byId.constFind(id);
  return it == m_byId.constEnd() ? QString() : m_sites[static_cast<std::size_t>(*it)].name;
}

bool SiteCatalog::matches(const SiteInfo& site, const QString& text) const {
  const QString haystack = searchKey(site.name + u' ' + site.subtype);
  const QStringList words = searchKey(text).split(u' ', Qt::SkipEmptyParts);
  return std::all_of(words.begin(), words.end(), [&](const QString& word) { return haystack.contains(word); });
}

QStringList SiteCatalog::idsMatching(const QString& text) const {
  QStringList ids;
  for (const auto& site : m_sites) {
    if (matches(site, text)) ids << site.id;
  }
  return ids;
}

}  // namespace amparo::mobile
