#include "site_editor.hpp"

namespace amparo::mobile {

SiteEditor::SiteEditor(QObject* parent) : RecordEditor(domain::RecordKind::RECORD_KIND_SITE, parent) {}

void SiteEditor::initBody(domain::RecordEnvelope& envelope) {
  auto* site = envelope.mutable_site();
  site->set_active(true);
  // A monitor adds sites for their own office.
  site->set_office_code(envelope.office_code());
}

}  // namespace amparo::mobile
