#include "person_editor.hpp"

#include "amparo/sync/revision.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;

}  // namespace

PersonEditor::PersonEditor(QObject* parent) : RecordEditor(domain::RecordKind::RECORD_KIND_PERSON, parent) {}

void PersonEditor::initBody(domain::RecordEnvelope& envelope) { envelope.mutable_person(); }

rec::Contact* PersonEditor::phoneContact(bool create) {
  auto* person = mutableEnvelope().mutable_person();
  for (auto& contact : *person->mutable_contacts()) {
    if (contact.channel() == rec::CONTACT_CHANNEL_PHONE) return &contact;
  }
  if (!create) return nullptr;
  auto* contact = person->add_contacts();
  contact->set_channel(rec::CONTACT_CHANNEL_PHONE);
  return contact;
}

QString PersonEditor::phone() const {
  for (const auto& contact : envelope().person().contacts()) {
    if (contact.channel() == rec::CONTACT_CHANNEL_PHONE) return QString::fromStdString(contact.value());
  }
  return {};
}

void PersonEditor::setPhone(const QString& phone) {
  if (this->phone() == phone) return;
  if (phone.trimmed().isEmpty()) {
    // An empty contact would fail validation: remove it instead.
    auto* contacts = mutableEnvelope().mutable_person()->mutable_contacts();
    for (int i = contacts->size() - 1; i >= 0; --i) {
      if (contacts->Get(i).channel() == rec::CONTACT_CHANNEL_PHONE) contacts->DeleteSubrange(i, 1);
    }
  } else {
    phoneContact(true)->set_value(phone.toStdString());
  }
  touch();
}

QString PersonEditor::phoneSafetyNote() const {
  for (const auto& contact : envelope().person().contacts()) {
    if (contact.channel() == rec::CONTACT_CHANNEL_PHONE) return QString::fromStdString(contact.safety_note());
  }
  return {};
}

void PersonEditor::setPhoneSafetyNote(const QString& note) {
  if (phoneSafetyNote() == note) return;
  rec::Contact* contact = phoneContact(false);
  if (contact == nullptr) return;  // a note needs a number to belong to
  contact->set_safety_note(note.toStdString());
  touch();
}

bool PersonEditor::isBlank() const {
  const auto& person = envelope().person();
  return person.given_names().empty() && person.family_names().empty() && person.contacts_size() == 0 &&
         person.date_of_birth().empty() && person.document_number().empty();
}

bool PersonEditor::discard() {
  dropPendingChanges();
  LocalStore* const store = this->store();
  if (!revision().isEmpty() && store != nullptr && store->isUnlocked()) {
    // A working draft (never finalized, never sent) is replaced by the
    // tombstone, so the name it held is gone from the device and never sent.
    const bool workingDraft = syncState() == LocalStore::Draft;
    domain::RecordEnvelope tombstone = workingDraft ? envelope() : sync::nextRevision(envelope());
    tombstone.clear_body();
    tombstone.set_deleted(true);
    sync::seal(tombstone);
    const bool ok = workingDraft ? store->replaceDraft(tombstone, revision(), LocalStore::Waiting)
                                 : store->save(tombstone, LocalStore::Waiting);
    if (!ok) return false;
  }
  newRecord();
  return true;
}

}  // namespace amparo::mobile
