#pragma once
// The sites a visit can point at: a small built-in demo list until sync
// brings the office's sites, plus the site records in the store.

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace amparo::mobile {

class LocalStore;

struct SiteInfo {
  QString id;
  QString name;
  int siteType = 0;  // amparo.records.v1.SiteType
  QString officeCode;
  QString subtype;
};

// Lower case without accents, so "estacion" finds "Estación".
QString searchKey(const QString& text);

class SiteCatalog {
public:
  static const std::vector<SiteInfo>& demoSites();

  // Demo sites plus the store's site records (by name, sorted).
  void reload(const LocalStore* store);
  const std::vector<SiteInfo>& sites() const { return m_sites; }
  QString nameOf(const QString& id) const;
  // Ids of sites whose name or subtype contains every word of the text.
  QStringList idsMatching(const QString& text) const;
  bool matches(const SiteInfo& site, const QString& text) const;

private:
  std::vector<SiteInfo> m_sites;
  QHash<QString, qsizetype> m_byId;
};

}  // namespace amparo::mobile
