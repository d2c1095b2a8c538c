#include "visit_editor.hpp"

#include <google/protobuf/util/time_util.h>

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

}  // namespace

VisitEditor::VisitEditor(QObject* parent) : RecordEditor(domain::RecordKind::RECORD_KIND_VISIT, parent) {}

void VisitEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* visit = envelope.mutable_visit();
  *visit->mutable_started_at() = envelope.created_at();
}

void VisitEditor::normalize(domain::RecordEnvelope& envelope) {
  // The module always matches the type, so a form never shows fields the
  // record will not keep. Switching type drops the other module's answers.
  auto* visit = envelope.mutable_visit();
  switch (visit->visit_type()) {
    case rec::VISIT_TYPE_DETENTION:
      if (!visit->has_detention()) visit->mutable_detention();
      break;
    case rec::VISIT_TYPE_SHELTER:
      if (!visit->has_shelter()) visit->mutable_shelter();
      break;
    case rec::VISIT_TYPE_BORDER:
      if (!visit->has_border()) visit->mutable_border();
      break;
    default: visit->clear_module(); break;
  }
}

int VisitEditor::visitType() const { return envelope().visit().visit_type(); }
void VisitEditor::setVisitType(int type) { setValue(QStringLiteral("visit.visit_type"), type); }

QString VisitEditor::siteId() const { return QString::fromStdString(envelope().visit().site_id()); }
void VisitEditor::setSiteId(const QString& id) { setValue(QStringLiteral("visit.site_id"), id); }

QDateTime VisitEditor::startedAt() const { return value(QStringLiteral("visit.started_at")).toDateTime(); }
void VisitEditor::setStartedAt(const QDateTime& when) { setValue(QStringLiteral("visit.started_at"), when); }

int VisitEditor::access() const { return envelope().visit().access(); }
void VisitEditor::setAccess(int access) { setValue(QStringLiteral("visit.access"), access); }

QVariant VisitEditor::peopleInterviewed() const { return value(QStringLiteral("visit.people_interviewed")); }
void VisitEditor::setPeopleInterviewed(const QVariant& count) {
  setValue(QStringLiteral("visit.people_interviewed"), count);
}

QString VisitEditor::module() const {
  switch (envelope().visit().module_case()) {
    case rec::Visit::kDetention: return QStringLiteral("detention");
    case rec::Visit::kShelter: return QStringLiteral("shelter");
    case rec::Visit::kBorder: return QStringLiteral("border");
    case rec::Visit::MODULE_NOT_SET: break;
  }
  return {};
}

}  // namespace amparo::mobile
