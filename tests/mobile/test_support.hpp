#pragma once
// Fixtures for the field-app tests: stores in fresh temporary folders and
// sealed sample records.

#include <QString>
#include <QTemporaryDir>

#include <memory>

#include "amparo/domain/records.hpp"
#include "local_store.hpp"

namespace amparo::mobile::test {

inline constexpr char kPassphrase[] = "correct horse battery";

// A new store in its own temporary folder, set up and unlocked.
struct TempStore {
  TempStore();
  QString path() const;
  QTemporaryDir dir;
  std::unique_ptr<LocalStore> store;
};

// A sealed first revision of a detention visit at the given site.
domain::RecordEnvelope sampleVisit(const QString& siteId = QStringLiteral("01900000-0000-7000-8000-000000000001"),
                                   qint64 startedAtMs = 0, int visitType = 3);
// A sealed Person with the given name.
domain::RecordEnvelope samplePerson(const std::string& givenNames, const std::string& familyNames);

// Reads a file's raw bytes ("" when missing).
QByteArray readAll(const QString& path);

}  // namespace amparo::mobile::test
