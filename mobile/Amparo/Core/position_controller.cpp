#include "position_controller.hpp"

#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QUrl>
#include <QVariantMap>

#include <cmath>

#include "record_editor.hpp"

namespace amparo::mobile {
namespace {

// amparo.common.v1.PositionSource
constexpr int kGnss = 1;
constexpr int kManual = 2;
constexpr int kNoFix = 3;

}  // namespace

PositionController::PositionController(QObject* parent) : QObject(parent) {
  m_spec = qEnvironmentVariable("AMPARO_POSITION_SOURCE");
  rebuildSource();
}

PositionController::~PositionController() = default;

void PositionController::setSourceSpec(const QString& spec) {
  if (m_spec == spec) return;
  m_spec = spec;
  rebuildSource();
  emit sourceSpecChanged();
}

void PositionController::rebuildSource() {
  delete m_source;
  m_source = nullptr;
  if (m_spec == u"none") return;
  if (m_spec.startsWith(u"nmea:")) {
    QString file = m_spec.mid(5);
    if (file.startsWith(u"file:")) file = QUrl(file).toLocalFile();
    m_source = QGeoPositionInfoSource::createSource(QStringLiteral("nmea"),
                                                    {{QStringLiteral("nmea.source"), file}}, this);
  } else {
    m_source = QGeoPositionInfoSource::createDefaultSource(this);
  }
  if (m_source == nullptr) return;
  if (auto* nmea = qobject_cast<QNmeaPositionInfoSource*>(m_source)) nmea->setUserEquivalentRangeError(kUereMetres);
  connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionController::onPosition);
  if (m_active) m_source->startUpdates();
}

void PositionController::setActive(bool active) {
  if (m_active == active) return;
  m_active = active;
  if (m_source) {
    if (active) m_source->startUpdates();
    else m_source->stopUpdates();
  }
  emit activeChanged();
}

void PositionController::onPosition(const QGeoPositionInfo& info) {
  if (!info.isValid()) return;
  m_fix = info;
  emit positionChanged();
}

double PositionController::horizontalAccuracy() const {
  if (!m_fix.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) return -1;
  const double accuracy = m_fix.attribute(QGeoPositionInfo::HorizontalAccuracy);
  return std::isnan(accuracy) ? -1 : accuracy;
}

bool PositionController::accuracyWarning() const {
  if (!hasFix()) return false;
  const double accuracy = horizontalAccuracy();
  return accuracy < 0 || accuracy > kWarnAboveMetres;
}

bool PositionController::applyTo(RecordEditor* editor, const QString& prefix) const {
  if (editor == nullptr || !hasFix()) return false;
  const double accuracy = horizontalAccuracy();
  return editor->setValues({{prefix + QStringLiteral(".latitude"), latitude()},
                            {prefix + QStringLiteral(".longitude"), longitude()},
                            {prefix + QStringLiteral(".horizontal_accuracy_m"), accuracy < 0 ? 0.0 : accuracy},
                            {prefix + QStringLiteral(".fixed_at"), fixedAt()},
                            {prefix + QStringLiteral(".source"), kGnss}});
}

bool PositionController::applyManual(RecordEditor* editor, const QString& prefix, double latitude,
                                     double longitude) const {
  if (editor == nullptr) return false;
  return editor->setValues({{prefix + QStringLiteral(".latitude"), latitude},
                            {prefix + QStringLiteral(".longitude"), longitude},
                            {prefix + QStringLiteral(".horizontal_accuracy_m"), 0.0},
                            {prefix + QStringLiteral(".fixed_at"), QDateTime::currentDateTimeUtc()},
                            {prefix + QStringLiteral(".source"), kManual}});
}

bool PositionController::applyNoFix(RecordEditor* editor, const QString& prefix) const {
  if (editor == nullptr) return false;
  return editor->setValues({{prefix + QStringLiteral(".latitude"), 0.0},
                            {prefix + QStringLiteral(".longitude"), 0.0},
                            {prefix + QStringLiteral(".horizontal_accuracy_m"), 0.0},
                            {prefix + QStringLiteral(".fixed_at"), QVariant()},
                            {prefix + QStringLiteral(".source"), kNoFix}});
}

}  // namespace amparo::mobile
