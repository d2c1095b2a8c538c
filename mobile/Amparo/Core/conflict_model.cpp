#include "conflict_model.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QDateTime>
#include <QJsonObject>

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <map>

#include "amparo/sync/revision.hpp"
#include "amparo/wire/codec.hpp"

namespace amparo::mobile {
namespace {

// The record's content only: ids, seal and device metadata are not fields a
// monitor chooses between.
QJsonObject content(const domain::RecordEnvelope& envelope) {
  domain::RecordEnvelope body;
  body.CopyFrom(envelope);
  for (int number : {1, 2, 3, 4, 5, 6, 8, 9, 10, 12}) {
    if (const auto* field = body.GetDescriptor()->FindFieldByNumber(number))
      body.GetReflection()->ClearField(&body, field);
  }
  const std::string json = wire::toJson(body, {.pretty = false, .protoFieldNames = true});
  return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

QString scalarText(const QJsonValue& value) {
  switch (value.type()) {
    case QJsonValue::String:
      return value.toString();
    case QJsonValue::Bool:
      return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
      return QString::number(value.toDouble());
    default:
      return {};
  }
}

// "a.b[2].c" → value text, for every leaf.
void flatten(const QJsonValue& value, const QString& path, std::map<QString, QString>& out) {
  if (value.isObject()) {
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
      flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
  } else if (value.isArray()) {
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) flatten(array.at(i), path + u'[' + QString::number(i) + u']', out);
  } else {
    out[path] = scalarText(value);
  }
}

}  // namespace

ConflictModel::ConflictModel(QObject* parent) : QAbstractListModel(parent) {}

int ConflictModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& row = m_rows[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case PathRole:
      return row.path;
    case MineRole:
      return row.mine;
    case TheirsRole:
      return row.theirs;
    default:
      return {};
  }
}

QHash<int, QByteArray> ConflictModel::roleNames() const {
  return {{PathRole, "path"}, {MineRole, "mine"}, {TheirsRole, "theirs"}};
}

void ConflictModel::setStore(LocalStore* store) {
  if (m_store == store) return;
  if (m_store) disconnect(m_store, nullptr, this, nullptr);
  m_store = store;
  if (m_store) {
    connect(m_store, &LocalStore::recordSaved, this, [this](const QString& id) {
      if (id == m_recordId) reload();
    });
  }
  emit storeChanged();
  reload();
}

void ConflictModel::setRecordId(const QString& id) {
  if (m_recordId == id) return;
  m_recordId = id;
  emit recordIdChanged();
  reload();
}

void ConflictModel::reload() {
  beginResetModel();
  m_rows.clear();
  LocalStore* const store = m_store;
  m_branches = store != nullptr && !m_recordId.isEmpty() ? store->conflict(m_recordId) : std::nullopt;
  if (m_branches) m_rows = differences(m_branches->mine, m_branches->theirs);
  endResetModel();
  emit loaded();
}

std::vector<ConflictModel::Difference> ConflictModel::differences(const domain::RecordEnvelope& mine,
                                                                  const domain::RecordEnvelope& theirs) {
  std::map<QString, QString> left;
  std::map<QString, QString> right;
  flatten(content(mine), {}, left);
  flatten(content(theirs), {}, right);
  std::vector<Difference> out;
  for (const auto& [path, value] : left) {
    const auto it = right.find(path);
    if (it == right.end())
      out.push_back({path, value, {}});
    else if (it->second != value)
      out.push_back({path, value, it->second});
  }
  for (const auto& [path, value] : right) {
    if (!left.count(path)) out.push_back({path, {}, value});
  }
  std::sort(out.begin(), out.end(), [](const Difference& a, const Difference& b) { return a.path < b.path; });
  return out;
}

std::vector<domain::RecordEnvelope> ConflictModel::resolution(const ConflictBranches& branches, bool keepMine) {
  const auto& winner = branches.mineWins ? branches.mine : branches.theirs;
  const auto& loser = branches.mineWins ? branches.theirs : branches.mine;
  const auto& chosen = keepMine ? branches.mine : branches.theirs;
  // The other branch is closed: a tombstone is a leaf that is not a head.
  auto tombstone = sync::nextRevision(loser);
  tombstone.set_deleted(true);
  // Now, to the millisecond like every other time the app writes, and never
  // before the record's creation (the server refuses that).
  using google::protobuf::util::TimeUtil;
  const auto now = TimeUtil::MillisecondsToTimestamp(QDateTime::currentMSecsSinceEpoch());
  *tombstone.mutable_modified_at() = std::max(now, loser.created_at());
  sync::seal(tombstone);
  // The chosen content continues the winning branch.
  domain::RecordEnvelope resolved = chosen;
  resolved.set_parent_revision(winner.revision());
  resolved.clear_revision();
  resolved.clear_content_hash();
  resolved.set_deleted(false);
  *resolved.mutable_modified_at() = tombstone.modified_at();
  sync::seal(resolved);
  return {std::move(tombstone), std::move(resolved)};
}

bool ConflictModel::resolve(bool keepMine) {
  LocalStore* const store = m_store;
  if (store == nullptr || !m_branches) {
    setLastError(tr("This record is not in conflict"));
    return false;
  }
  auto revisions = resolution(*m_branches, keepMine);
  const domain::RecordEnvelope resolvedRevision = revisions.back();
  revisions.pop_back();
  if (!store->resolveConflict(resolvedRevision, revisions)) {
    setLastError(store->errorString());
    return false;
  }
  setLastError({});
  reload();
  emit resolved();
  return true;
}

void ConflictModel::setLastError(const QString& error) {
  if (m_lastError == error) return;
  m_lastError = error;
  emit lastErrorChanged();
}

}  // namespace amparo::mobile
