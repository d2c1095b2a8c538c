#pragma once
// The specific-needs picker: current UNHCR codes from the reference data
// (the store's, as last pulled from the server, when `store` is set; the
// built-in table otherwise), labelled in the chosen language, searchable by
// code or label.

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace amparo::domain {
class ReferenceData;
}
namespace amparo::reference::v1 {
class SpecificNeedCode;
}

namespace amparo::mobile {

class LocalStore;

class SpecificNeedModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store WRITE setStore NOTIFY storeChanged)
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
  enum Roles { CodeRole = Qt::UserRole + 1, CategoryRole, CategoryLabelRole, LabelRole, LabelEnRole, LabelEsRole };
  Q_ENUM(Roles)

  explicit SpecificNeedModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  LocalStore* store() const { return m_store; }
  void setStore(LocalStore* store);
  QString search() const { return m_search; }
  void setSearch(const QString& text);
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  int count() const { return static_cast<int>(m_visible.size()); }

  // The label of any current code in the model's language ("" if unknown).
  Q_INVOKABLE QString labelOf(const QString& code) const;

signals:
  void storeChanged();
  void searchChanged();
  void languageChanged();
  void countChanged();

private:
  void reload();
  void refilter();
  bool spanish() const { return !m_language.startsWith(u"en"); }
  const domain::ReferenceData& reference() const;

  QPointer<LocalStore> m_store;
  std::vector<const reference::v1::SpecificNeedCode*> m_codes;
  std::vector<const reference::v1::SpecificNeedCode*> m_visible;
  QString m_search;
  QString m_language = QStringLiteral("es");
};

}  // namespace amparo::mobile
