#include "demo.hpp"

#include <google/protobuf/util/time_util.h>

#include <stdexcept>

#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/validation/validator.hpp"
#include "auth/accounts.hpp"
#include "demo_activity.hpp"

namespace amparo::server {
namespace {

namespace rec = amparo::records::v1;

constexpr std::string_view kSeededKey = "demo_seeded";
constexpr std::string_view kSeedAuthor = "demo-admin";

struct DemoSite {
  const char* office;
  const char* name;
  rec::SiteType type;
  const char* subtype;
  const char* operatorName;
  const char* adm1;
  const char* adm2;
  double latitude;  // approximate, for the map
  double longitude;
  int capacity;  // 0: unknown
  rec::AccessRegime access;
};

// Public places monitors visit; coordinates are approximate.
const DemoSite kSites[] = {
    {"TAP", "Estación Migratoria Siglo XXI", rec::SITE_TYPE_DETENTION_CENTRE, "estación migratoria", "INM", "Chiapas",
     "Tapachula", 14.8934, -92.2552, 960, rec::ACCESS_REGIME_CONDITIONAL},
    {"TAP", "Albergue Belén - Casa del Migrante", rec::SITE_TYPE_SHELTER, "albergue de sociedad civil",
     "Misioneros de San Carlos Scalabrinianos", "Chiapas", "Tapachula", 14.9140, -92.2840, 150,
     rec::ACCESS_REGIME_AUTHORISED},
    {"TAP", "Puente Fronterizo Rodolfo Robles (Suchiate)", rec::SITE_TYPE_BORDER_POINT, "puente", "INM / Aduanas",
     "Chiapas", "Suchiate", 14.6772, -92.1497, 0, rec::ACCESS_REGIME_AUTHORISED},
    {"TAP", "Cruce de balsas del río Suchiate, Ciudad Hidalgo", rec::SITE_TYPE_BORDER_POINT, "río", "", "Chiapas",
     "Suchiate", 14.6795, -92.1535, 0, rec::ACCESS_REGIME_AUTHORISED},
    {"TAP", "Parque Bicentenario, Tapachula", rec::SITE_TYPE_URBAN_POINT, "parque", "", "Chiapas", "Tapachula", 14.9060,
     -92.2625, 0, rec::ACCESS_REGIME_AUTHORISED},
    {"TEN", "La 72, Hogar-Refugio para Personas Migrantes", rec::SITE_TYPE_SHELTER, "albergue de sociedad civil",
     "Franciscanos", "Tabasco", "Tenosique", 17.4736, -91.4227, 250, rec::ACCESS_REGIME_AUTHORISED},
    {"TEN", "Estancia Provisional Tenosique", rec::SITE_TYPE_DETENTION_CENTRE, "estancia provisional", "INM", "Tabasco",
     "Tenosique", 17.4689, -91.4302, 0, rec::ACCESS_REGIME_DENIED},
    {"TEN", "Vías del tren, Tenosique", rec::SITE_TYPE_URBAN_POINT, "vías del tren", "", "Tabasco", "Tenosique",
     17.4718, -91.4245, 0, rec::ACCESS_REGIME_AUTHORISED},
    {"ACA", "Estación Migratoria Acayucan", rec::SITE_TYPE_DETENTION_CENTRE, "estación migratoria", "INM", "Veracruz",
     "Acayucan", 17.9497, -94.9139, 836, rec::ACCESS_REGIME_CONDITIONAL},
    {"ACA", "Albergue Decanal Guadalupano, Tierra Blanca", rec::SITE_TYPE_SHELTER, "albergue de sociedad civil",
     "Diócesis de Tierra Blanca", "Veracruz", "Tierra Blanca", 18.4478, -96.3592, 80, rec::ACCESS_REGIME_AUTHORISED},
    {"SAL", "Casa del Migrante de Saltillo", rec::SITE_TYPE_SHELTER, "albergue de sociedad civil",
     "Frontera con Justicia", "Coahuila", "Saltillo", 25.4383, -100.9737, 120, rec::ACCESS_REGIME_AUTHORISED},
    {"SAL", "Vías del tren, Saltillo", rec::SITE_TYPE_URBAN_POINT, "vías del tren", "", "Coahuila", "Saltillo", 25.4231,
     -100.9929, 0, rec::ACCESS_REGIME_AUTHORISED},
    {"CDMX", "Estación Migratoria Las Agujas, Iztapalapa", rec::SITE_TYPE_DETENTION_CENTRE, "estación migratoria",
     "INM", "Ciudad de México", "Iztapalapa", 19.3552, -99.0617, 430, rec::ACCESS_REGIME_CONDITIONAL},
    {"CDMX", "CAFEMIN, Casa de Acogida para Mujeres Migrantes", rec::SITE_TYPE_SHELTER, "albergue de sociedad civil",
     "Hermanas Josefinas", "Ciudad de México", "Gustavo A. Madero", 19.4893, -99.1097, 100,
     rec::ACCESS_REGIME_AUTHORISED},
    {"CDMX", "Fila frente a COMAR, Versalles", rec::SITE_TYPE_URBAN_POINT, "fila de COMAR", "", "Ciudad de México",
     "Cuauhtémoc", 19.4284, -99.1590, 0, rec::ACCESS_REGIME_AUTHORISED},
};

domain::RecordEnvelope siteEnvelope(const DemoSite& site) {
  domain::RecordEnvelope envelope;
  envelope.set_id(sync::newRecordId());
  envelope.set_kind(amparo::sync::v1::RECORD_KIND_SITE);
  envelope.set_author(std::string(kSeedAuthor));
  envelope.set_device_id("demo-seed");
  envelope.set_office_code(site.office);
  const auto now = google::protobuf::util::TimeUtil::GetCurrentTime();
  *envelope.mutable_created_at() = now;
  *envelope.mutable_modified_at() = now;
  auto& body = *envelope.mutable_site();
  body.set_name(site.name);
  body.set_site_type(site.type);
  body.set_subtype(site.subtype);
  body.set_operator_name(site.operatorName);
  body.set_office_code(site.office);
  body.set_adm1(site.adm1);
  body.set_adm2(site.adm2);
  body.mutable_location()->set_latitude(site.latitude);
  body.mutable_location()->set_longitude(site.longitude);
  body.mutable_location()->set_source(amparo::common::v1::POSITION_SOURCE_MANUAL);
  if (site.capacity > 0) body.set_official_capacity(site.capacity);
  body.set_access_regime(site.access);
  body.set_active(true);
  sync::seal(envelope);
  return envelope;
}

}  // namespace

const std::vector<DemoAccount>& demoAccounts() {
  static const std::vector<DemoAccount> accounts = {
      {"demo-monitor", "amparo-monitor", storage::Role::Monitor, {"TAP"}},
      {"demo-coordinator", "amparo-coordinator", storage::Role::Coordinator, {"TAP", "TEN"}},
      {"demo-admin", "amparo-admin", storage::Role::Admin, {}},
  };
  return accounts;
}

bool seedDemo(storage::Store& store, storage::AccountStore& accounts, storage::RecordStore& records,
              const auth::PasswordCost& cost, bool withActivity) {
  auto seeded = store.get(storage::ColumnFamilyId::Meta, kSeededKey);
  if (!seeded) throw std::runtime_error("demo: " + seeded.error().message);
  if (seeded->has_value()) return false;

  for (const auto& account : demoAccounts()) {
    auto status = auth::createAccount(accounts, account.username, account.password, account.role, account.offices, cost,
                                      "demo-seed");
    if (!status) throw std::runtime_error("demo: " + status.error().message);
  }

  std::vector<domain::RecordEnvelope> sites;
  for (const auto& site : kSites) {
    auto envelope = siteEnvelope(site);
    // The demo data must pass the same rules as anything pushed.
    if (!validation::validate(envelope).ok()) throw std::runtime_error(std::string("demo: invalid site ") + site.name);
    sites.push_back(std::move(envelope));
  }
  auto committed = records.commit(sites, "demo-seed");
  if (!committed) throw std::runtime_error("demo: " + committed.error().message);

  auto activity = withActivity ? demoActivity(sites, std::chrono::system_clock::now())
                               : std::vector<domain::RecordEnvelope>();
  validation::ValidationContext context;
  for (const auto& record : activity) {
    const auto findings = validation::validate(record, context);
    if (!findings.ok()) {
      const auto first = validation::toFieldErrors(findings).front();
      throw std::runtime_error("demo: invalid " + std::string(domain::kindName(record.kind())) + " " + record.id() +
                               ": " + first.path() + " " + first.code());
    }
  }
  if (!activity.empty()) committed = records.commit(activity, "demo-seed");
  if (!committed) throw std::runtime_error("demo: " + committed.error().message);

  auto batch = store.batch();
  batch.put(storage::ColumnFamilyId::Meta, kSeededKey, "1");
  auto status = store.write(batch);
  if (!status) throw std::runtime_error("demo: " + status.error().message);
  return true;
}

}  // namespace amparo::server
