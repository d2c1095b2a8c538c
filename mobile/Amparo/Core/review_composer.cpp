#include "review_composer.hpp"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

#include <google/protobuf/util/time_util.h>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"

namespace amparo::mobile {
namespace {

namespace rec = amparo::records::v1;


}  // namespace

ReviewComposer::ReviewComposer(QObject* parent) : QObject(parent) {}

void ReviewComposer::setStore(LocalStore* store) {
  if (m_store == store) return;
  m_store = store;
  emit storeChanged();
}

void ReviewComposer::setSync(SyncClient* sync) {
  if (m_sync == sync) return;
  m_sync = sync;
  emit syncChanged();
}

void ReviewComposer::setLanguage(const QString& language) {
  if (m_language == language) return;
  m_language = language;
  emit languageChanged();
}

void ReviewComposer::setLastError(const QString& error) {
  if (m_lastError == error) return;
  m_lastError = error;
  emit lastErrorChanged();
}

QStringList ReviewComposer::submit(const QVariantList& targets, int verdict, const QString& comment,
                                   const QString& followUpDue) {
  LocalStore* const store = m_store;
  if (store == nullptr || !store->isUnlocked()) {
    setLastError(tr("The app is locked."));
    return {};
  }
  if (targets.isEmpty()) {
    setLastError(tr("Choose at least one record to review."));
    return {};
  }
  if (!rec::ReviewVerdict_IsValid(verdict) || verdict == rec::REVIEW_VERDICT_UNSPECIFIED) {
    setLastError(tr("Choose a verdict."));
    return {};
  }
  const auto now = google::protobuf::util::TimeUtil::GetCurrentTime();
  const std::string author = store->setting(QStringLiteral("author")).toStdString();
  const std::string device = store->setting(QStringLiteral("device_id")).toStdString();
  const auto language = m_language == u"en" ? validation::Language::En : validation::Language::Es;
  std::vector<domain::RecordEnvelope> reviews;
  QStringList ids;
  for (const QVariant& item : targets) {
    const QVariantMap target = item.toMap();
    domain::RecordEnvelope review;
    review.set_id(sync::newRecordId());
    review.set_kind(domain::RecordKind::RECORD_KIND_REVIEW);
    review.set_author(author);
    review.set_device_id(device);
    // The review belongs to the reviewed record's office, so it reaches that office's monitors.
    review.set_office_code(target.value(QStringLiteral("officeCode")).toString().toStdString());
    *review.mutable_created_at() = now;
    *review.mutable_modified_at() = now;
    auto* body = review.mutable_review();
    body->set_target_record_id(target.value(QStringLiteral("recordId")).toString().toStdString());
    body->set_target_revision(target.value(QStringLiteral("revision")).toString().toStdString());
    body->set_verdict(static_cast<rec::ReviewVerdict>(verdict));
    body->set_comment(comment.trimmed().toStdString());
    if (verdict == rec::REVIEW_VERDICT_FOLLOW_UP_REQUESTED) body->set_follow_up_due(followUpDue.trimmed().toStdString());
    review.set_data_class(domain::defaultDataClass(review));
    sync::seal(review);
    const auto findings = validation::validate(review);
    if (!findings.ok()) {
      // The same finding for every target: say it once.
      setLastError(QString::fromStdString(findings.errors().front().message(language)));
      return {};
    }
    ids << QString::fromStdString(review.id());
    reviews.push_back(std::move(review));
  }
  if (!store->saveAll(reviews, LocalStore::Waiting)) {
    setLastError(tr("The reviews could not be stored: %1").arg(store->errorString()));
    return {};
  }
  setLastError({});
  emit submitted(static_cast<int>(ids.size()));
  if (SyncClient* sync = m_sync; sync != nullptr && sync->isEnrolled()) {
    if (sync->state() == SyncClient::Pushing || sync->state() == SyncClient::Pulling) {
      // A sync already running may have read the outbox before: go again after it.
      auto once = std::make_shared<QMetaObject::Connection>();
      *once = connect(sync, &SyncClient::syncFinished, this, [sync, once] {
        QObject::disconnect(*once);
        QTimer::singleShot(0, sync, &SyncClient::syncNow);
      });
    } else {
      sync->syncNow();
    }
  }
  return ids;
}

}  // namespace amparo::mobile
