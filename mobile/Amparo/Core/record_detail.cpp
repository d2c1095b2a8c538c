#include "record_detail.hpp"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

#include <google/protobuf/descriptor.h>

#include "record_view.hpp"

namespace amparo::mobile {
namespace {

namespace pb = google::protobuf;

QString qs(const std::string& text) { return QString::fromStdString(text); }

QDateTime toDateTime(const pb::Timestamp& at) {
  return QDateTime::fromSecsSinceEpoch(at.seconds(), QTimeZone::utc()).toLocalTime();
}

// The record this one hangs from (a screening's visit, a referral's screening…).
QStringList linksOf(const domain::RecordEnvelope& envelope) {
  switch (envelope.body_case()) {
    case domain::RecordEnvelope::kScreening: return {qs(envelope.screening().visit_id())};
    case domain::RecordEnvelope::kReferral: return {qs(envelope.referral().screening_id())};
    case domain::RecordEnvelope::kFollowUp: return {qs(envelope.follow_up().screening_id())};
    case domain::RecordEnvelope::kIncident:
      return {qs(envelope.incident().visit_id()), qs(envelope.incident().screening_id())};
    default: return {};
  }
}

const pb::FieldDescriptor* bodyField(const domain::RecordEnvelope& envelope) {
  const auto* oneof = envelope.GetDescriptor()->FindOneofByName("body");
  return oneof ? envelope.GetReflection()->GetOneofFieldDescriptor(envelope, oneof) : nullptr;
}

// One field's lines as text beside its label: a plain value as it is; a
// section's lines without the section's own title.
QString joinLines(const std::vector<FieldLine>& lines) {
  if (lines.size() == 1 && !lines.front().value.isEmpty()) return lines.front().value;
  QStringList out;
  for (const auto& line : lines) {
    if (line.depth == 0 && line.value.isEmpty()) continue;
    const QString indent(std::max(0, line.depth - 1) * 2, u' ');
    out << (line.value.isEmpty() ? indent + line.label : indent + line.label + QStringLiteral(": ") + line.value);
  }
  return out.join(u'\n');
}

// Site ids read as the site's name where the app knows it.
void nameSites(std::vector<FieldLine>& lines, const SiteCatalog& sites) {
  for (auto& line : lines) {
    if (!line.path.endsWith(QStringLiteral("site_id"))) continue;
    const QString name = sites.nameOf(line.value);
    if (!name.isEmpty()) line.value = name;
  }
}

QVariantMap headInfo(const domain::RecordEnvelope& head) {
  return {{QStringLiteral("revision"), qs(head.revision())},
          {QStringLiteral("author"), qs(head.author())},
          {QStringLiteral("modifiedAt"), toDateTime(head.modified_at())},
          {QStringLiteral("deleted"), head.deleted()}};
}

constexpr int kLinkedPageSize = 500;
constexpr int kLinkedMaxPages = 6;

}  // namespace

RecordDetail::RecordDetail(QObject* parent) : QObject(parent) {}

const QStringList& RecordDetail::revealReasons() {
  static const QStringList reasons{QStringLiteral("case_management"), QStringLiteral("referral"),
                                   QStringLiteral("follow_up"), QStringLiteral("data_subject_request"),
                                   QStringLiteral("protection_emergency")};
  return reasons;
}

QVariantList RecordDetail::reasonOptions() const {
  const QStringList texts{tr("Case management"), tr("Referral"), tr("Follow-up"), tr("Data-subject request"),
                          tr("Protection emergency")};
  QVariantList out;
  for (qsizetype i = 0; i < revealReasons().size(); ++i)
    out << QVariantMap{{QStringLiteral("code"), revealReasons().at(i)}, {QStringLiteral("text"), texts.at(i)}};
  return out;
}

void RecordDetail::setSync(SyncClient* sync) {
  if (m_sync == sync) return;
  m_sync = sync;
  emit syncChanged();
  if (!m_recordId.isEmpty()) reload();
}

void RecordDetail::setStore(LocalStore* store) {
  if (m_store == store) return;
  m_store = store;
  m_sites.reload(store);
  emit storeChanged();
  emit recordChanged();
}

void RecordDetail::setLanguage(const QString& language) {
  if (m_language == language) return;
  m_language = language;
  emit languageChanged();
  emit recordChanged();  // alert messages are in the language
}

void RecordDetail::setRecordId(const QString& id) {
  if (m_recordId == id) return;
  m_recordId = id;
  emit recordIdChanged();
  m_revealReason.clear();
  m_response.reset();
  m_linked.clear();
  emit recordChanged();
  emit linkedChanged();
  if (!m_recordId.isEmpty() && m_sync) reload();
}

void RecordDetail::reload() { load(m_revealReason); }

bool RecordDetail::reveal(const QString& reason) {
  if (!revealReasons().contains(reason)) {
    setError(tr("Choose why the personal data is needed."));
    return false;
  }
  load(reason);
  return true;
}

void RecordDetail::hidePersonalData() {
  m_revealReason.clear();
  if (m_response) {
    m_response->clear_person();
    // What was revealed leaves memory with the reload below.
  }
  load({});
}

void RecordDetail::setError(const QString& error) {
  if (m_error == error) return;
  m_error = error;
  emit errorChanged();
}

void RecordDetail::load(const QString& reason) {
  if (m_recordId.isEmpty()) return;
  const quint64 generation = ++m_generation;
  m_loading = true;
  emit loadingChanged();
  CoordinatorApi(m_sync).getRecord(
      this, m_recordId, reason,
      [this, generation, reason](std::optional<query::v1::GetRecordResponse> response, const ApiError& error) {
        if (generation != m_generation) return;
        m_loading = false;
        emit loadingChanged();
        if (!response) {
          setError(error.describe(m_language));
          return;
        }
        setError({});
        m_sites.reload(m_store);
        m_response = std::move(*response);
        m_revealReason = reason;
        emit recordChanged();
        loadLinked();
      });
}

void RecordDetail::loadLinked() {
  m_linked.clear();
  const auto* current = record();
  const int k = current ? current->kind() : 0;
  // Only visits and screenings have records hanging from them.
  if (k != domain::RecordKind::RECORD_KIND_VISIT && k != domain::RecordKind::RECORD_KIND_SCREENING) {
    m_linkedLoading = false;
    emit linkedChanged();
    return;
  }
  m_linkedLoading = true;
  emit linkedChanged();
  const QString from =
      QDateTime::fromSecsSinceEpoch(current->created_at().seconds(), QTimeZone::utc()).date().toString(Qt::ISODate);
  fetchLinkedPage({}, from, kLinkedMaxPages, m_generation);
}

// Records made from this one are never older than it: the search starts on
// its creation day and reads a bounded number of pages.
void RecordDetail::fetchLinkedPage(const QString& token, const QString& from, int pagesLeft, quint64 generation) {
  RecordQueryFilter filter;
  filter.office = officeCode();
  filter.from = from;
  CoordinatorApi(m_sync).listRecords(
      this, filter, kLinkedPageSize, token,
      [this, from, pagesLeft, generation](std::optional<query::v1::ListRecordsResponse> page, const ApiError&) {
        if (generation != m_generation || !m_response) return;
        if (page) {
          for (const auto& other : page->records()) {
            if (!linksOf(other).contains(m_recordId)) continue;
            m_linked << QVariantMap{{QStringLiteral("recordId"), qs(other.id())},
                                    {QStringLiteral("kind"), static_cast<int>(other.kind())},
                                    {QStringLiteral("occurredAt"), recordOccurredAt(other).toLocalTime()},
                                    {QStringLiteral("author"), qs(other.author())},
                                    {QStringLiteral("alert"), recordRaisesAlert(other)}};
          }
          if (!page->next_page_token().empty() && pagesLeft > 1) {
            emit linkedChanged();
            fetchLinkedPage(qs(page->next_page_token()), from, pagesLeft - 1, generation);
            return;
          }
        }
        m_linkedLoading = false;
        emit linkedChanged();
      });
}

int RecordDetail::kind() const { return record() ? record()->kind() : 0; }
QString RecordDetail::revision() const { return record() ? qs(record()->revision()) : QString(); }
QString RecordDetail::officeCode() const { return record() ? qs(record()->office_code()) : QString(); }
QString RecordDetail::author() const { return record() ? qs(record()->author()) : QString(); }
QDateTime RecordDetail::occurredAt() const { return record() ? recordOccurredAt(*record()).toLocalTime() : QDateTime(); }
QDateTime RecordDetail::modifiedAt() const { return record() ? toDateTime(record()->modified_at()) : QDateTime(); }
bool RecordDetail::deleted() const { return record() && record()->deleted(); }
bool RecordDetail::alert() const { return record() && recordRaisesAlert(*record()); }
bool RecordDetail::personalDataWithheld() const { return m_response && m_response->personal_data_withheld(); }
bool RecordDetail::inConflict() const { return m_response && m_response->in_conflict(); }

QString RecordDetail::siteName() const {
  if (!record()) return {};
  if (record()->has_visit()) return m_sites.nameOf(qs(record()->visit().site_id()));
  if (record()->has_incident()) return m_sites.nameOf(qs(record()->incident().site_id()));
  return {};
}

int RecordDetail::visitType() const { return record() && record()->has_visit() ? record()->visit().visit_type() : 0; }

QStringList RecordDetail::alertMessages() const {
  return record() ? recordAlertMessages(*record(), m_language) : QStringList();
}

QVariantList RecordDetail::fields() const {
  if (!record()) return {};
  auto lines = bodyLines(*record());
  nameSites(lines, m_sites);
  return fieldLineList(lines);
}

QVariantList RecordDetail::personFields() const {
  return m_response && m_response->has_person() ? fieldLineList(bodyLines(m_response->person())) : QVariantList();
}

QVariantList RecordDetail::history() const {
  QVariantList out;
  if (!m_response) return out;
  for (const auto& info : m_response->revisions()) {
    const QString revision = qs(info.revision());
    QVariantMap item{{QStringLiteral("revision"), revision},
                     {QStringLiteral("generation"), revision.section(u'-', 0, 0).toInt()},
                     {QStringLiteral("hash"), revision.section(u'-', 1).left(10)},
                     {QStringLiteral("parent"), qs(info.parent_revision())},
                     {QStringLiteral("head"), info.head()},
                     {QStringLiteral("winner"), info.revision() == m_response->record().revision()},
                     {QStringLiteral("deleted"), info.deleted()},
                     // Who and when for every revision, from the server's history.
                     {QStringLiteral("author"), qs(info.author())},
                     {QStringLiteral("modifiedAt"), info.has_modified_at() ? toDateTime(info.modified_at()) : QDateTime()}};
    out << item;
  }
  return out;
}

QVariantList RecordDetail::reviews() const {
  QVariantList out;
  if (!m_response) return out;
  for (const auto& review : m_response->reviews()) {
    out.prepend(QVariantMap{{QStringLiteral("reviewId"), qs(review.id())},
                            {QStringLiteral("verdict"), static_cast<int>(review.review().verdict())},
                            {QStringLiteral("comment"), qs(review.review().comment())},
                            {QStringLiteral("followUpDue"), qs(review.review().follow_up_due())},
                            {QStringLiteral("author"), qs(review.author())},
                            {QStringLiteral("createdAt"), toDateTime(review.created_at())}});
  }
  return out;
}

QVariantMap RecordDetail::reviewTarget() const {
  if (!record()) return {};
  return {{QStringLiteral("recordId"), m_recordId},
          {QStringLiteral("revision"), revision()},
          {QStringLiteral("officeCode"), officeCode()}};
}

QVariantMap RecordDetail::leftHead() const { return record() ? headInfo(*record()) : QVariantMap(); }

QVariantMap RecordDetail::rightHead() const {
  return m_response && m_response->conflicting_heads_size() > 0 ? headInfo(m_response->conflicting_heads(0))
                                                                 : QVariantMap();
}

QVariantList RecordDetail::conflictFields() const {
  QVariantList out;
  if (!m_response || m_response->conflicting_heads_size() == 0) return out;
  const auto& left = m_response->record();
  const auto& right = m_response->conflicting_heads(0);
  const auto* leftField = bodyField(left);
  const auto* rightField = bodyField(right);
  if (leftField == nullptr || leftField != rightField) return out;
  const auto& leftBody = left.GetReflection()->GetMessage(left, leftField);
  const auto& rightBody = right.GetReflection()->GetMessage(right, rightField);
  const auto* descriptor = leftBody.GetDescriptor();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const auto* field = descriptor->field(i);
    auto leftLines = fieldLinesOf(leftBody, field);
    auto rightLines = fieldLinesOf(rightBody, field);
    nameSites(leftLines, m_sites);
    nameSites(rightLines, m_sites);
    const QString leftText = joinLines(leftLines);
    const QString rightText = joinLines(rightLines);
    if (leftText.isEmpty() && rightText.isEmpty()) continue;
    out << QVariantMap{{QStringLiteral("field"), qs(field->name())},
                       {QStringLiteral("label"), humanize(field->name())},
                       {QStringLiteral("left"), leftText},
                       {QStringLiteral("right"), rightText},
                       {QStringLiteral("differs"), leftText != rightText}};
  }
  return out;
}

void RecordDetail::sendResolution(const query::v1::ResolveConflictRequest& request) {
  m_resolving = true;
  emit resolvingChanged();
  CoordinatorApi(m_sync).resolve(
      this, m_recordId, request,
      [this](std::optional<query::v1::ResolveConflictResponse> response, const ApiError& error) {
        m_resolving = false;
        emit resolvingChanged();
        if (!response) {
          setError(error.describe(m_language));
          return;
        }
        setError({});
        emit resolved(qs(response->revision()));
        reload();
      });
}

void RecordDetail::resolveChoose(const QString& revision) {
  if (!inConflict()) return;
  query::v1::ResolveConflictRequest request;
  request.set_chosen_revision(revision.toStdString());
  request.add_seen_heads(m_response->record().revision());
  for (const auto& head : m_response->conflicting_heads()) request.add_seen_heads(head.revision());
  sendResolution(request);
}

void RecordDetail::resolveMerge(const QStringList& fieldsFromRight) {
  if (!inConflict() || m_response->conflicting_heads_size() == 0) return;
  query::v1::ResolveConflictRequest request;
  auto* merged = request.mutable_merged();
  merged->CopyFrom(m_response->record());
  const auto& right = m_response->conflicting_heads(0);
  const auto* field = bodyField(*merged);
  if (field == nullptr || field != bodyField(right)) return;
  auto* body = merged->GetReflection()->MutableMessage(merged, field);
  std::unique_ptr<pb::Message> other(right.GetReflection()->GetMessage(right, field).New());
  other->CopyFrom(right.GetReflection()->GetMessage(right, field));
  std::vector<const pb::FieldDescriptor*> swap;
  for (const QString& name : fieldsFromRight) {
    if (const auto* f = body->GetDescriptor()->FindFieldByName(name.toStdString())) swap.push_back(f);
  }
  body->GetReflection()->SwapFields(body, other.get(), swap);
  request.add_seen_heads(m_response->record().revision());
  for (const auto& head : m_response->conflicting_heads()) request.add_seen_heads(head.revision());
  sendResolution(request);
}

}  // namespace amparo::mobile
