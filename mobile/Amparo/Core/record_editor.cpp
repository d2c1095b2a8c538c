#include "record_editor.hpp"

#include <google/protobuf/util/time_util.h>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "proto_path.hpp"

namespace amparo::mobile {
namespace {

google::protobuf::Timestamp nowTimestamp() {
  return google::protobuf::util::TimeUtil::MillisecondsToTimestamp(QDateTime::currentMSecsSinceEpoch());
}

bool coversPath(const std::string& issuePath, const QString& path) {
  const QString issue = QString::fromStdString(issuePath);
  return issue == path || issue.startsWith(path + u'.') || issue.startsWith(path + u'[');
}

int severityRank(validation::Severity severity) {
  switch (severity) {
    case validation::Severity::Error: return 0;
    case validation::Severity::Alert: return 1;
    case validation::Severity::Warning: return 2;
  }
  return 3;
}

}  // namespace

RecordEditor::RecordEditor(domain::RecordKind kind, QObject* parent) : QObject(parent), m_kind(kind) {
  m_autosave.setSingleShot(true);
  m_autosave.setInterval(1500);
  connect(&m_autosave, &QTimer::timeout, this, [this] { save(); });
}

RecordEditor::~RecordEditor() {
  // Leaving a form never loses what was typed.
  LocalStore* const store = m_store;
  if (m_dirty && store != nullptr && store->isUnlocked()) save();
}

void RecordEditor::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  // Drafts are saved while the key is still there.
  if (m_store) connect(m_store, &LocalStore::aboutToLock, this, [this] { save(); });
  emit storeChanged();
}

void RecordEditor::setLanguage(const QString& language) {
  if (m_language == language) return;
  m_language = language;
  emit languageChanged();
  if (m_validated) emit issuesChanged();
}

void RecordEditor::setAutosaveInterval(int ms) {
  if (m_autosave.interval() == ms) return;
  m_autosave.setInterval(ms);
  emit autosaveIntervalChanged();
}

int RecordEditor::revisionCount() const {
  LocalStore* const store = m_store;
  return store != nullptr && m_stored ? store->revisionCount(recordId()) : 0;
}

void RecordEditor::setLastError(const QString& error) {
  if (m_lastError == error) return;
  m_lastError = error;
  emit lastErrorChanged();
}

void RecordEditor::newRecord() {
  if (m_dirty) save();
  m_autosave.stop();
  m_envelope.Clear();
  m_envelope.set_id(sync::newRecordId());
  m_envelope.set_kind(m_kind);
  if (LocalStore* const store = m_store) {
    m_envelope.set_author(store->setting(QStringLiteral("author")).toStdString());
    m_envelope.set_device_id(store->setting(QStringLiteral("device_id")).toStdString());
    m_envelope.set_office_code(store->setting(QStringLiteral("office_code")).toStdString());
  }
  *m_envelope.mutable_created_at() = nowTimestamp();
  *m_envelope.mutable_modified_at() = m_envelope.created_at();
  initBody(m_envelope);
  m_stored = false;
  m_dirty = false;
  m_validated = false;
  m_syncState = LocalStore::Draft;
  m_result = {};
  setLastError({});
  ++m_generation;
  emit recordChanged();
  emit fieldsChanged();
  emit savedChanged();
  emit dirtyChanged();
  emit issuesChanged();
}

bool RecordEditor::load(const QString& id) {
  LocalStore* const store = m_store;
  if (store == nullptr) return false;
  if (m_dirty) save();
  const auto envelope = store->load(id);
  const auto row = store->row(id);
  if (!envelope || !row || envelope->kind() != m_kind) {
    setLastError(store->errorString());
    return false;
  }
  m_autosave.stop();
  m_envelope = *envelope;
  m_stored = true;
  m_dirty = false;
  m_validated = false;
  m_syncState = row->syncState;
  m_result = {};
  // A revision the server rejected came back as a draft: its findings show
  // on their fields until the monitor validates again.
  for (const auto& error : store->fieldErrors(id)) {
    m_result.issues.push_back({error.path(), error.code(), validation::Severity::Error, error.message(),
                               error.message_es()});
    m_validated = true;
  }
  ++m_generation;
  emit recordChanged();
  emit fieldsChanged();
  emit savedChanged();
  emit dirtyChanged();
  emit issuesChanged();
  return true;
}

QVariant RecordEditor::value(const QString& path) const { return readField(m_envelope, path); }

bool RecordEditor::setValue(const QString& path, const QVariant& value) {
  if (readField(m_envelope, path) == value && value.isValid()) return true;
  // On a copy: a path that fails half-way must not leave empty messages (or
  // a switched oneof) behind.
  domain::RecordEnvelope edited = m_envelope;
  if (!writeField(edited, path, value)) {
    setLastError(tr("Cannot set %1").arg(path));
    return false;
  }
  normalize(edited);
  m_envelope = std::move(edited);
  touch();
  return true;
}

bool RecordEditor::setValues(const QVariantMap& values) {
  domain::RecordEnvelope edited = m_envelope;
  for (auto it = values.cbegin(); it != values.cend(); ++it) {
    if (!writeField(edited, it.key(), it.value())) {
      setLastError(tr("Cannot set %1").arg(it.key()));
      return false;
    }
  }
  normalize(edited);
  m_envelope = std::move(edited);
  touch();
  return true;
}

int RecordEditor::count(const QString& path) const { return countItems(m_envelope, path); }

bool RecordEditor::removeAt(const QString& path, int index) {
  if (!removeItem(m_envelope, path, index)) return false;
  ++m_generation;
  emit recordChanged();  // indices shifted: every bound field re-reads
  touch();
  return true;
}

bool RecordEditor::hasItem(const QString& path, int item) const {
  return readField(m_envelope, path).toList().contains(item);
}

void RecordEditor::setItem(const QString& path, int item, bool present) {
  QVariantList items = readField(m_envelope, path).toList();
  if (items.contains(item) == present) return;
  if (present) items.append(item);
  else items.removeAll(item);
  setValue(path, items);
}

void RecordEditor::touch() {
  if (!m_dirty) {
    m_dirty = true;
    emit dirtyChanged();
  }
  ++m_generation;
  emit fieldsChanged();
  // Once findings are on screen they follow the edits, so a fixed field clears.
  if (m_validated) validate();
  if (m_autosave.interval() == 0) save();
  else m_autosave.start();
}

void RecordEditor::dropPendingChanges() {
  m_autosave.stop();
  if (m_dirty) {
    m_dirty = false;
    emit dirtyChanged();
  }
}

bool RecordEditor::persist(int state) {
  m_autosave.stop();
  LocalStore* const store = m_store;
  if (store == nullptr || !store->isUnlocked()) {
    setLastError(tr("The store is locked"));
    return false;
  }
  domain::RecordEnvelope next;
  // The stored head is a working draft: it never left the device and was
  // never finalized, so it is replaced in place (same parent) instead of
  // growing the chain. One revision per finalize, not one per pause.
  const bool workingDraft = m_stored && m_syncState == LocalStore::Draft;
  QString replacing;
  if (m_dirty || !m_stored) {
    next = m_stored && !workingDraft ? sync::nextRevision(m_envelope) : m_envelope;
    if (workingDraft) replacing = revision();
    *next.mutable_modified_at() = nowTimestamp();
    next.set_data_class(domain::defaultDataClass(next));
    sync::seal(next);
  } else {
    next = m_envelope;  // only the sync state changes
  }
  const bool ok = replacing.isEmpty() ? store->save(next, static_cast<LocalStore::SyncState>(state))
                                      : store->replaceDraft(next, replacing, static_cast<LocalStore::SyncState>(state));
  if (!ok) {
    setLastError(store->errorString());
    return false;
  }
  m_envelope = std::move(next);
  m_stored = true;
  m_syncState = state;
  setLastError({});
  if (m_dirty) {
    m_dirty = false;
    emit dirtyChanged();
  }
  emit savedChanged();
  return true;
}

bool RecordEditor::save() {
  if (!m_dirty) return true;
  return persist(LocalStore::Draft);
}

bool RecordEditor::ensureSaved() {
  if (!m_stored) return persist(LocalStore::Draft);
  return save();
}

void RecordEditor::validate() {
  validation::ValidationContext context;
  prepareValidation(context);
  m_result = validation::validate(m_envelope, context);
  m_validated = true;
  emit issuesChanged();
}

bool RecordEditor::finalize() {
  validate();
  if (!m_result.ok()) {
    save();
    return false;
  }
  if (!m_dirty && m_stored && m_syncState == LocalStore::Waiting) return true;
  return persist(LocalStore::Waiting);
}

validation::Language RecordEditor::validationLanguage() const {
  return m_language.startsWith(u"en") ? validation::Language::En : validation::Language::Es;
}

QVariantMap RecordEditor::toMap(const validation::FieldIssue& issue) const {
  return {{QStringLiteral("path"), QString::fromStdString(issue.path)},
          {QStringLiteral("code"), QString::fromStdString(issue.code)},
          {QStringLiteral("severity"), QString::fromUtf8(validation::severityName(issue.severity))},
          {QStringLiteral("message"), QString::fromStdString(issue.message(validationLanguage()))}};
}

QVariantList RecordEditor::issues() const {
  QVariantList out;
  for (const auto& issue : m_result.issues) out << toMap(issue);
  return out;
}

QVariantList RecordEditor::alerts() const {
  QVariantList out;
  for (const auto& issue : m_result.alerts()) out << toMap(issue);
  return out;
}

int RecordEditor::errorCount() const { return static_cast<int>(m_result.errors().size()); }

QString RecordEditor::issueFor(const QString& path) const {
  const validation::FieldIssue* best = nullptr;
  for (const auto& issue : m_result.issues) {
    if (!coversPath(issue.path, path)) continue;
    if (best == nullptr || severityRank(issue.severity) < severityRank(best->severity)) best = &issue;
  }
  return best ? QString::fromStdString(best->message(validationLanguage())) : QString();
}

QString RecordEditor::severityFor(const QString& path) const {
  const validation::FieldIssue* best = nullptr;
  for (const auto& issue : m_result.issues) {
    if (!coversPath(issue.path, path)) continue;
    if (best == nullptr || severityRank(issue.severity) < severityRank(best->severity)) best = &issue;
  }
  return best ? QString::fromUtf8(validation::severityName(best->severity)) : QString();
}

}  // namespace amparo::mobile
