#include "chart_model.hpp"

#include <algorithm>

namespace amparo::mobile {

int ChartModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant ChartModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const Bar& bar = m_bars[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return bar.label;
    case ValueRole: return bar.value;
    case SuppressedRole: return bar.suppressed;
    case NoteRole: return bar.note;
    case AlertRole: return bar.alert;
    case KeyRole: return bar.key;
    default: return {};
  }
}

QHash<int, QByteArray> ChartModel::roleNames() const {
  return {{LabelRole, "label"}, {ValueRole, "value"}, {SuppressedRole, "suppressed"},
          {NoteRole, "note"},   {AlertRole, "alert"}, {KeyRole, "key"}};
}

double ChartModel::maxValue() const {
  double most = 1;
  for (const auto& bar : m_bars) most = std::max(most, bar.value);
  return most;
}

bool ChartModel::hasSuppressed() const {
  return std::any_of(m_bars.begin(), m_bars.end(), [](const Bar& bar) { return bar.suppressed; });
}

void ChartModel::setBars(std::vector<Bar> bars) {
  beginResetModel();
  m_bars = std::move(bars);
  endResetModel();
  emit changed();
}

void ChartModel::setList(const QVariantList& bars) {
  std::vector<Bar> out;
  for (const QVariant& item : bars) {
    const QVariantMap map = item.toMap();
    out.push_back({map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("value")).toDouble(),
                   map.value(QStringLiteral("suppressed")).toBool(), map.value(QStringLiteral("note")).toString(),
                   map.value(QStringLiteral("alert")).toBool(), map.value(QStringLiteral("key")).toString()});
  }
  setBars(std::move(out));
}

QVariantMap ChartModel::get(int row) const {
  QVariantMap out;
  if (row < 0 || row >= count()) return out;
  const auto roles = roleNames();
  for (auto it = roles.cbegin(); it != roles.cend(); ++it)
    out.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
  return out;
}

}  // namespace amparo::mobile
