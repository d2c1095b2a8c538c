#include "review_model.hpp"

namespace amparo::mobile {

ReviewModel::ReviewModel(QObject* parent) : QAbstractListModel(parent) {}

int ReviewModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& row = m_rows[static_cast<std::size_t>(index.row())];
  switch (role) {
    case VerdictRole:
      return row.verdict;
    case Qt::DisplayRole:
    case CommentRole:
      return row.comment;
    case FollowUpDueRole:
      return row.followUpDue;
    case ReviewerRole:
      return row.reviewer;
    case ReviewedAtRole:
      return row.reviewedAt.toLocalTime();
    default:
      return {};
  }
}

QHash<int, QByteArray> ReviewModel::roleNames() const {
  return {{VerdictRole, "verdict"},
          {CommentRole, "comment"},
          {FollowUpDueRole, "followUpDue"},
          {ReviewerRole, "reviewer"},
          {ReviewedAtRole, "reviewedAt"}};
}

void ReviewModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  if (m_store) {
    connect(m_store, &LocalStore::recordSaved, this, [this](const QString&, int kind) {
      if (kind == domain::RecordKind::RECORD_KIND_REVIEW) reload();
    });
    connect(m_store, &LocalStore::stateChanged, this, &ReviewModel::reload);
  }
  emit storeChanged();
  reload();
}

void ReviewModel::setRecordId(const QString& id) {
  if (m_recordId == id) return;
  m_recordId = id;
  emit recordIdChanged();
  reload();
}

void ReviewModel::reload() {
  const int before = rowCount();
  beginResetModel();
  m_rows.clear();
  LocalStore* const store = m_store;
  if (store != nullptr && store->isUnlocked() && !m_recordId.isEmpty()) {
    RecordFilter filter;
    filter.kind = domain::RecordKind::RECORD_KIND_REVIEW;
    filter.parentId = m_recordId;
    // A record gets a handful of reviews at most.
    for (const auto& row : store->query(filter, 0, 50)) {
      const auto envelope = store->load(row.id);
      if (!envelope || !envelope->has_review()) continue;
      const auto& review = envelope->review();
      m_rows.push_back({review.verdict(), QString::fromStdString(review.comment()),
                        QString::fromStdString(review.follow_up_due()), QString::fromStdString(envelope->author()),
                        row.occurredAt});
    }
  }
  endResetModel();
  if (before != rowCount()) emit countChanged();
}

}  // namespace amparo::mobile
