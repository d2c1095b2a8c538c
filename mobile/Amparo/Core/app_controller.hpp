#pragma once
// App-wide state: first run, unlock and lock, language, idle auto-lock and
// locking when the app goes to the background. One per process; QML sees it
// as the AppController singleton.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <memory>

#include "local_store.hpp"
#include "sync_client.hpp"

class QQmlEngine;
class QJSEngine;

namespace amparo::mobile {

class AppController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(amparo::mobile::LocalStore* store READ store CONSTANT)
  // Enrollment, "Sync now", automatic sync and its progress.
  Q_PROPERTY(amparo::mobile::SyncClient* sync READ sync CONSTANT)
  Q_PROPERTY(bool firstRun READ isFirstRun NOTIFY stateChanged)
  Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
  // "es" (default) or "en".
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  // Minutes without a touch or key before the app locks itself; 0 never.
  Q_PROPERTY(int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockMinutesChanged)
  Q_PROPERTY(QString officeCode READ officeCode NOTIFY profileChanged)
  // [{code, name}] for the first-run office choice.
  Q_PROPERTY(QVariantList offices READ offices NOTIFY languageChanged)
  // [{code, name}] in the chosen language, sorted by name (ISO 3166 alpha-3).
  Q_PROPERTY(QVariantList countries READ countries NOTIFY languageChanged)
  // [{code, name}] referral agencies in the chosen language, table order.
  Q_PROPERTY(QVariantList agencies READ agencies NOTIFY languageChanged)
  Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)
  Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
  ~AppController() override;

  // The process-wide instance (made on first use, owned by C++).
  static AppController* instance();
  // QML's singleton factory: hands out instance().
  static AppController* create(QQmlEngine* engine, QJSEngine* scriptEngine);

  // Opens <dir>/amparo.sqlite. Call before QML loads.
  bool openStore(const QString& directory);
  // Argon2id cost for new stores and new passphrases (tests use minimal()).
  void setKdfParams(KdfParams params) { m_kdf = params; }
  void setEngine(QQmlEngine* engine);
  // Finer than idleLockMinutes, for tests.
  void setIdleLockInterval(std::chrono::milliseconds interval);

  LocalStore* store() { return &m_store; }
  SyncClient* sync() { return &m_sync; }
  bool isFirstRun() const { return !m_store.isInitialized(); }
  bool isUnlocked() const { return m_store.isUnlocked(); }
  QString language() const { return m_language; }
  void setLanguage(const QString& language);
  int idleLockMinutes() const { return m_idleLockMinutes; }
  void setIdleLockMinutes(int minutes);
  QString officeCode() const;
  QVariantList offices() const;
  QVariantList countries() const;
  QVariantList agencies() const;
  // An agency's name in the chosen language ("" if unknown).
  Q_INVOKABLE QString agencyName(const QString& code) const;
  // Countries whose code or name (Spanish or English, accents ignored)
  // contains the text, as in `countries`; all for an empty text.
  Q_INVOKABLE QVariantList searchCountries(const QString& text) const;
  // A country's name in the chosen language ("" if unknown).
  Q_INVOKABLE QString countryName(const QString& code) const;
  int minPassphraseLength() const { return 8; }
  QString lastError() const { return m_lastError; }

  // First run: sets language, office and passphrase, and unlocks.
  Q_INVOKABLE bool setUp(const QString& language, const QString& officeCode, const QString& passphrase,
                         const QString& confirmation);
  Q_INVOKABLE bool unlock(const QString& passphrase);
  Q_INVOKABLE void lock();
  Q_INVOKABLE bool changePassphrase(const QString& oldPassphrase, const QString& newPassphrase,
                                    const QString& confirmation);
  // Today as "yyyy-MM-dd" in local time (what list filters compare with).
  Q_INVOKABLE QString today() const;

signals:
  void stateChanged();
  void languageChanged();
  void idleLockMinutesChanged();
  void profileChanged();
  void lastErrorChanged();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  // Private so QML uses create() (Qt prefers a default constructor over a
  // factory) and there is exactly one controller per process.
  explicit AppController(QObject* parent);

  void setLastError(const QString& error);
  void applyLanguage();
  void restartIdleTimer();

  LocalStore m_store;
  SyncClient m_sync{&m_store};
  KdfParams m_kdf = KdfParams::interactive();
  QString m_language = QStringLiteral("es");
  int m_idleLockMinutes = 5;
  std::chrono::milliseconds m_idleLockInterval{5 * 60 * 1000};
  QString m_lastError;
  QTimer m_idleTimer;
  std::unique_ptr<QTranslator> m_translator;
  QPointer<QQmlEngine> m_engine;
};

}  // namespace amparo::mobile
