#pragma once
// Where the visit took place. Wraps a Qt Positioning source behind one small
// interface: the platform's (GNSS on the tablet) or a replayed NMEA file
// through the `nmea` plugin (tests, demos). Writes latitude, longitude,
// horizontal accuracy and time into a record, marked GNSS, manual or no fix.

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "record_editor.hpp"  // moc needs the complete type of invokable arguments

class QGeoPositionInfoSource;

namespace amparo::mobile {

class PositionController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  // "" = the platform's default source; "nmea:<file>" replays a recorded
  // track; "none" = no positioning. Defaults to $AMPARO_POSITION_SOURCE.
  Q_PROPERTY(QString sourceSpec READ sourceSpec WRITE setSourceSpec NOTIFY sourceSpecChanged)
  Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
  Q_PROPERTY(bool available READ isAvailable NOTIFY sourceSpecChanged)
  Q_PROPERTY(bool hasFix READ hasFix NOTIFY positionChanged)
  Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
  Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
  // Metres (68% radius); negative when the source does not say.
  Q_PROPERTY(double horizontalAccuracy READ horizontalAccuracy NOTIFY positionChanged)
  Q_PROPERTY(QDateTime fixedAt READ fixedAt NOTIFY positionChanged)
  // Accuracy worse than kWarnAboveMetres (or unknown): worth a second look.
  Q_PROPERTY(bool accuracyWarning READ accuracyWarning NOTIFY positionChanged)

public:
  static constexpr double kWarnAboveMetres = 100.0;
  // User-equivalent range error of a consumer GNSS receiver: accuracy is
  // HDOP × UERE for NMEA sources, which report only HDOP.
  static constexpr double kUereMetres = 5.0;

  explicit PositionController(QObject* parent = nullptr);
  ~PositionController() override;

  QString sourceSpec() const { return m_spec; }
  void setSourceSpec(const QString& spec);
  bool isActive() const { return m_active; }
  void setActive(bool active);
  bool isAvailable() const { return m_source != nullptr; }
  bool hasFix() const { return m_fix.isValid(); }
  double latitude() const { return m_fix.coordinate().latitude(); }
  double longitude() const { return m_fix.coordinate().longitude(); }
  double horizontalAccuracy() const;
  QDateTime fixedAt() const { return m_fix.timestamp(); }
  bool accuracyWarning() const;

  // Writes the current fix to `<prefix>` (e.g. "visit.location") as GNSS.
  Q_INVOKABLE bool applyTo(amparo::mobile::RecordEditor* editor, const QString& prefix) const;
  // A position typed by the monitor, marked manual.
  Q_INVOKABLE bool applyManual(amparo::mobile::RecordEditor* editor, const QString& prefix, double latitude,
                                      double longitude) const;
  // No position could be had: recorded as such rather than left empty.
  Q_INVOKABLE bool applyNoFix(amparo::mobile::RecordEditor* editor, const QString& prefix) const;

signals:
  void sourceSpecChanged();
  void activeChanged();
  void positionChanged();

private:
  void rebuildSource();
  void onPosition(const QGeoPositionInfo& info);

  QString m_spec;
  bool m_active = false;
  QGeoPositionInfoSource* m_source = nullptr;  // child of this
  QGeoPositionInfo m_fix;
};

}  // namespace amparo::mobile
