#include "specific_need_model.hpp"

#include <algorithm>

#include "amparo/domain/reference_data.hpp"
#include "local_store.hpp"
#include "site_catalog.hpp"

namespace amparo::mobile {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

SpecificNeedModel::SpecificNeedModel(QObject* parent)
    : QAbstractListModel(parent), m_codes(reference().currentSpecificNeedCodes()), m_visible(m_codes) {}

const domain::ReferenceData& SpecificNeedModel::reference() const {
  return m_store ? m_store->referenceData() : domain::ReferenceData::builtin();
}

void SpecificNeedModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  // Pulled reference data replaces the table the codes point into: re-read.
  if (m_store) connect(m_store, &LocalStore::referenceDataChanged, this, &SpecificNeedModel::reload);
  emit storeChanged();
  reload();
}

void SpecificNeedModel::reload() {
  m_codes = reference().currentSpecificNeedCodes();
  refilter();  // resets the model: nothing reads the old pointers before
}

int SpecificNeedModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QVariant SpecificNeedModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& code = *m_visible[static_cast<std::size_t>(index.row())];
  switch (role) {
    case CodeRole: return qs(code.code());
    case CategoryRole: return qs(code.category());
    case CategoryLabelRole:
      for (const auto& category : reference().specificNeedCategories()) {
        if (category.code() == code.category()) return qs(spanish() ? category.label_es() : category.label_en());
      }
      return {};
    case Qt::DisplayRole:
    case LabelRole: return qs(spanish() ? code.label_es() : code.label_en());
    case LabelEnRole: return qs(code.label_en());
    case LabelEsRole: return qs(code.label_es());
    default: return {};
  }
}

QHash<int, QByteArray> SpecificNeedModel::roleNames() const {
  return {{CodeRole, "code"},   {CategoryRole, "category"}, {CategoryLabelRole, "categoryLabel"},
          {LabelRole, "label"}, {LabelEnRole, "labelEn"},   {LabelEsRole, "labelEs"}};
}

void SpecificNeedModel::setSearch(const QString& text) {
  if (m_search == text) return;
  m_search = text;
  emit searchChanged();
  refilter();
}

void SpecificNeedModel::setLanguage(const QString& language) {
  if (m_language == language) return;
  m_language = language;
  emit languageChanged();
  if (!m_visible.empty()) emit dataChanged(index(0), index(rowCount() - 1));
  if (!m_search.isEmpty()) refilter();
}

QString SpecificNeedModel::labelOf(const QString& code) const {
  const auto* found = reference().findSpecificNeed(code.toStdString());
  if (found == nullptr) return {};
  return qs(spanish() ? found->label_es() : found->label_en());
}

void SpecificNeedModel::refilter() {
  const int before = count();
  const QStringList words = searchKey(m_search).split(u' ', Qt::SkipEmptyParts);
  beginResetModel();
  m_visible.clear();
  for (const auto* code : m_codes) {
    // Both languages match: monitors mix them in the field.
    const QString haystack =
        searchKey(qs(code->code()) + u' ' + qs(code->label_es()) + u' ' + qs(code->label_en()));
    if (std::all_of(words.begin(), words.end(), [&](const QString& w) { return haystack.contains(w); }))
      m_visible.push_back(code);
  }
  endResetModel();
  if (before != count()) emit countChanged();
}

}  // namespace amparo::mobile
