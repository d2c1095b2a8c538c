#include "case_editor.hpp"

namespace amparo::mobile {

void CaseEditor::setScreeningId(const QString& id) {
  m_screeningId = id;
  if (!envelope().id().empty()) setValue(screeningPath(), id);
}

std::optional<domain::Screening> CaseEditor::linkedScreening() const {
  LocalStore* const store = this->store();
  const QString id = screeningId().isEmpty() ? m_screeningId : screeningId();
  if (store == nullptr || id.isEmpty() || !store->isUnlocked()) return std::nullopt;
  const auto envelope = store->load(id);
  if (!envelope || !envelope->has_screening()) return std::nullopt;
  return envelope->screening();
}

}  // namespace amparo::mobile
