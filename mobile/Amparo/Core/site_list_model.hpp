#pragma once
// Sites to pick from, searchable (accent- and case-insensitive).

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "local_store.hpp"
#include "site_catalog.hpp"

namespace amparo::mobile {

class SiteListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
  // amparo.records.v1.SiteType; 0 shows every type.
  Q_PROPERTY(int siteType READ siteType WRITE setSiteType NOTIFY siteTypeChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
  enum Roles { IdRole = Qt::UserRole + 1, NameRole, SiteTypeRole, OfficeRole, SubtypeRole };
  Q_ENUM(Roles)

  explicit SiteListModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString search() const { return m_search; }
  void setSearch(const QString& text);
  int siteType() const { return m_siteType; }
  void setSiteType(int type);
  int count() const { return static_cast<int>(m_visible.size()); }

  Q_INVOKABLE QString nameOf(const QString& id) const { return m_catalog.nameOf(id); }
  Q_INVOKABLE void reload();

signals:
  void storeChanged();
  void searchChanged();
  void siteTypeChanged();
  void countChanged();

private:
  void refilter();

  QPointer<LocalStore> m_store;
  QString m_search;
  int m_siteType = 0;
  SiteCatalog m_catalog;
  std::vector<std::size_t> m_visible;  // indices into m_catalog.sites()
};

}  // namespace amparo::mobile
