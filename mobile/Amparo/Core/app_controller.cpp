#include "app_controller.hpp"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QJSEngine>
#include <QQmlEngine>
#include <QUuid>

#include <algorithm>

#include "amparo/domain/reference_data.hpp"

namespace amparo::mobile {
namespace {

AppController* g_instance = nullptr;

// Passphrase bytes live as short as possible and are zeroed after use.
struct PassphraseBytes {
  explicit PassphraseBytes(const QString& text) : bytes(text.toUtf8()) {}
  ~PassphraseBytes() { wipeBytes(bytes); }
  PassphraseBytes(const PassphraseBytes&) = delete;
  PassphraseBytes& operator=(const PassphraseBytes&) = delete;
  QByteArray bytes;
};

}  // namespace

AppController::AppController(QObject* parent) : QObject(parent) {
  m_idleTimer.setSingleShot(true);
  connect(&m_idleTimer, &QTimer::timeout, this, &AppController::lock);
  connect(&m_store, &LocalStore::stateChanged, this, &AppController::stateChanged);
  // Vocabularies the server sent replace the built-in ones: lists re-read.
  connect(&m_store, &LocalStore::referenceDataChanged, this, &AppController::languageChanged);
  // Unlocked and signed in: sync soon (the automatic timer takes over).
  connect(&m_store, &LocalStore::stateChanged, this, [this] {
    if (m_sync.autoSync() && m_store.isUnlocked() && m_sync.isEnrolled())
      QTimer::singleShot(0, &m_sync, &SyncClient::syncNow);
  });
  if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
    // "Sent to the background": hidden or suspended. Inactive alone is only a
    // lost focus on desktop and a passing state on Android.
    connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
      if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended) lock();
    });
    app->installEventFilter(this);
  }
  // The key never outlives the event loop.
  if (auto* core = QCoreApplication::instance())
    connect(core, &QCoreApplication::aboutToQuit, this, &AppController::lock);
  applyLanguage();
}

AppController::~AppController() {
  if (g_instance == this) g_instance = nullptr;
}

AppController* AppController::instance() {
  if (g_instance == nullptr) g_instance = new AppController(QCoreApplication::instance());
  return g_instance;
}

AppController* AppController::create(QQmlEngine* engine, QJSEngine* /*scriptEngine*/) {
  AppController* controller = instance();
  QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
  controller->setEngine(engine);
  return controller;
}

void AppController::setEngine(QQmlEngine* engine) {
  m_engine = engine;
  // The running app syncs by itself; tests without an engine drive it.
  m_sync.setAutoSync(engine != nullptr);
  applyLanguage();
}

bool AppController::openStore(const QString& directory) {
  if (!QDir().mkpath(directory)) {
    setLastError(tr("Cannot create the data folder"));
    return false;
  }
  if (!m_store.open(QDir(directory).filePath(QStringLiteral("amparo.sqlite")))) {
    setLastError(m_store.errorString());
    return false;
  }
  m_language = m_store.setting(QStringLiteral("language"), m_language);
  m_idleLockMinutes = m_store.setting(QStringLiteral("idle_lock_minutes"), QString::number(m_idleLockMinutes)).toInt();
  m_idleLockInterval = std::chrono::minutes(m_idleLockMinutes);
  applyLanguage();
  emit languageChanged();
  emit idleLockMinutesChanged();
  emit profileChanged();
  emit stateChanged();
  return true;
}

void AppController::setLastError(const QString& error) {
  m_lastError = error;
  emit lastErrorChanged();
}

void AppController::setLanguage(const QString& language) {
  const QString normalized = language.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("es");
  if (m_language == normalized) return;
  m_language = normalized;
  if (m_store.isOpen()) m_store.setSetting(QStringLiteral("language"), m_language);
  applyLanguage();
  emit languageChanged();
}

void AppController::applyLanguage() {
  if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
  m_translator = std::make_unique<QTranslator>();
  // Compiled into the app by qt_add_translations (prefix /i18n).
  if (m_translator->load(QStringLiteral(":/i18n/amparo_%1.qm").arg(m_language)))
    QCoreApplication::installTranslator(m_translator.get());
  if (m_engine) m_engine->retranslate();
}

void AppController::setIdleLockMinutes(int minutes) {
  minutes = std::max(0, minutes);
  if (m_idleLockMinutes == minutes) return;
  m_idleLockMinutes = minutes;
  m_idleLockInterval = std::chrono::minutes(minutes);
  if (m_store.isOpen()) m_store.setSetting(QStringLiteral("idle_lock_minutes"), QString::number(minutes));
  restartIdleTimer();
  emit idleLockMinutesChanged();
}

QString AppController::officeCode() const { return m_store.setting(QStringLiteral("office_code")); }

QVariantList AppController::offices() const {
  QVariantList out;
  for (const auto& office : m_store.referenceData().offices()) {
    out << QVariantMap{{QStringLiteral("code"), QString::fromStdString(office.code())},
                       {QStringLiteral("name"), QString::fromStdString(office.name())}};
  }
  return out;
}

QVariantList AppController::countries() const {
  struct Entry {
    QString code;
    QString name;
  };
  std::vector<Entry> entries;
  for (const auto& country : m_store.referenceData().countries()) {
    entries.push_back({QString::fromStdString(country.alpha3()),
                       QString::fromStdString(m_language == u"en" ? country.name_en() : country.name_es())});
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
  QVariantList out;
  for (const auto& entry : entries)
    out << QVariantMap{{QStringLiteral("code"), entry.code}, {QStringLiteral("name"), entry.name}};
  return out;
}

QVariantList AppController::agencies() const {
  QVariantList out;
  for (const auto& agency : m_store.referenceData().agencies()) {
    out << QVariantMap{{QStringLiteral("code"), QString::fromStdString(agency.code())},
                       {QStringLiteral("name"),
                        QString::fromStdString(m_language == u"en" ? agency.name_en() : agency.name_es())}};
  }
  return out;
}

QString AppController::agencyName(const QString& code) const {
  const auto* agency = m_store.referenceData().findAgency(code.toStdString());
  if (agency == nullptr) return {};
  return QString::fromStdString(m_language == u"en" ? agency->name_en() : agency->name_es());
}

namespace {

// Lower case without accents, so "mexico" finds "México".
QString folded(const QString& text) {
  QString out;
  for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
    if (c.category() != QChar::Mark_NonSpacing) out += c.toLower();
  }
  return out;
}

}  // namespace

QVariantList AppController::searchCountries(const QString& text) const {
  const QString needle = folded(text.trimmed());
  if (needle.isEmpty()) return countries();
  QVariantList out;
  for (const QVariant& entry : countries()) {
    const QVariantMap country = entry.toMap();
    const QString code = country.value(QStringLiteral("code")).toString();
    const auto* ref = m_store.referenceData().findCountry(code.toStdString());
    const QString names = folded(code + u' ' + QString::fromStdString(ref ? ref->name_es() : std::string()) + u' ' +
                                 QString::fromStdString(ref ? ref->name_en() : std::string()));
    if (names.contains(needle)) out << entry;
  }
  return out;
}

QString AppController::countryName(const QString& code) const {
  const auto* country = m_store.referenceData().findCountry(code.toStdString());
  if (country == nullptr) return {};
  return QString::fromStdString(m_language == u"en" ? country->name_en() : country->name_es());
}

bool AppController::setUp(const QString& language, const QString& officeCode, const QString& passphrase,
                          const QString& confirmation) {
  if (!m_store.isOpen()) {
    setLastError(tr("The data folder is not available"));
    return false;
  }
  if (passphrase.size() < minPassphraseLength()) {
    setLastError(tr("The passphrase needs at least %n characters", nullptr, minPassphraseLength()));
    return false;
  }
  if (passphrase != confirmation) {
    setLastError(tr("The two passphrases differ"));
    return false;
  }
  if (!m_store.referenceData().findOffice(officeCode.toStdString())) {
    setLastError(tr("Choose your office"));
    return false;
  }
  setLanguage(language);
  m_store.setSetting(QStringLiteral("office_code"), officeCode);
  m_store.setSetting(QStringLiteral("device_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
  // The account name arrives with device enrollment (sync issue); until
  // then records carry a placeholder the server replaces on enrollment.
  m_store.setSetting(QStringLiteral("author"), QStringLiteral("unenrolled"));
  const PassphraseBytes secret(passphrase);
  if (!m_store.initialize(secret.bytes, m_kdf)) {
    setLastError(m_store.errorString());
    return false;
  }
  setLastError({});
  emit profileChanged();
  restartIdleTimer();
  return true;
}

bool AppController::unlock(const QString& passphrase) {
  const PassphraseBytes secret(passphrase);
  if (!m_store.unlock(secret.bytes)) {
    setLastError(m_store.isInitialized() ? tr("Wrong passphrase") : m_store.errorString());
    return false;
  }
  setLastError({});
  restartIdleTimer();
  return true;
}

void AppController::lock() {
  m_idleTimer.stop();
  m_store.lock();
}

bool AppController::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase,
                                     const QString& confirmation) {
  if (newPassphrase.size() < minPassphraseLength()) {
    setLastError(tr("The passphrase needs at least %n characters", nullptr, minPassphraseLength()));
    return false;
  }
  if (newPassphrase != confirmation) {
    setLastError(tr("The two passphrases differ"));
    return false;
  }
  const PassphraseBytes oldSecret(oldPassphrase);
  const PassphraseBytes newSecret(newPassphrase);
  if (!m_store.changePassphrase(oldSecret.bytes, newSecret.bytes)) {
    setLastError(tr("Wrong passphrase"));
    return false;
  }
  setLastError({});
  return true;
}

QString AppController::today() const { return QDate::currentDate().toString(Qt::ISODate); }

void AppController::setIdleLockInterval(std::chrono::milliseconds interval) {
  m_idleLockInterval = interval;
  restartIdleTimer();
}

void AppController::restartIdleTimer() {
  if (!m_store.isUnlocked() || m_idleLockInterval.count() <= 0) {
    m_idleTimer.stop();
    return;
  }
  m_idleTimer.start(m_idleLockInterval);
}

bool AppController::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
      if (m_store.isUnlocked()) restartIdleTimer();
      break;
    default: break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace amparo::mobile
