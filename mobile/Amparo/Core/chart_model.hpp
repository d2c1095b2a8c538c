#pragma once
// One bar chart's data: a label, a value and whether the value is suppressed
// (a count from 1 to 4, DOMAIN.md §3.9: shown as "<5", never as a number),
// plus an optional note and alert per bar. Filled by StatsModel.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace amparo::mobile {

class ChartModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(int count READ count NOTIFY changed)
  // The largest value shown (for scaling bars; at least 1).
  Q_PROPERTY(double maxValue READ maxValue NOTIFY changed)
  Q_PROPERTY(bool hasSuppressed READ hasSuppressed NOTIFY changed)

public:
  enum Roles { LabelRole = Qt::UserRole + 1, ValueRole, SuppressedRole, NoteRole, AlertRole, KeyRole };
  Q_ENUM(Roles)

  struct Bar {
    QString label;
    double value = 0;
    bool suppressed = false;
    QString note;
    bool alert = false;
    QString key;
  };

  explicit ChartModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int count() const { return static_cast<int>(m_bars.size()); }
  double maxValue() const;
  bool hasSuppressed() const;
  const std::vector<Bar>& bars() const { return m_bars; }
  void setBars(std::vector<Bar> bars);
  Q_INVOKABLE QVariantMap get(int row) const;
  // [{label, value, suppressed, note, alert, key}] (tests, screenshots).
  Q_INVOKABLE void setList(const QVariantList& bars);

signals:
  void changed();

private:
  std::vector<Bar> m_bars;
};

}  // namespace amparo::mobile
