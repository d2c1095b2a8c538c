#include "validation/messages.hpp"

#include <array>

namespace amparo::validation::detail {
namespace {

struct Entry {
  std::string_view key;
  std::string_view en;
  std::string_view es;
};

// Spanish is written for field teams in Mexico: tú, "niñas, niños y
// adolescentes", "estación migratoria", "interés superior de la niñez".
constexpr std::array kMessages = std::to_array<Entry>({
    // required
    {"required", "{Field} is required.", "Falta indicar {field}."},
    {"required.body", "The record has no content.", "El registro no tiene contenido."},
    {"required.total", "Give the total when giving a breakdown by sex and age.",
     "Indica el total cuando desglosas por sexo y edad."},
    {"required.detention_module",
     "A detention visit needs the detention module (population, conditions, access to asylum).",
     "Una visita a una estación migratoria necesita el módulo de detención (población, condiciones, "
     "acceso al asilo)."},
    {"required.shelter_module", "A shelter visit needs the shelter module (capacity, occupancy, services).",
     "Una visita a un albergue necesita el módulo de albergue (capacidad, ocupación, servicios)."},
    {"required.border_module", "A border visit needs the border module (flows, crossings, authorities).",
     "Una visita a un punto fronterizo necesita el módulo de frontera (flujos, cruces, autoridades)."},
    {"required.access_denied_reason", "Say why access was denied.", "Indica por qué se negó el acceso."},
    {"required.legal_basis", "An identified case needs a legal basis for processing personal data.",
     "Un caso identificado necesita una base legal para el tratamiento de datos personales."},
    {"required.person_id", "An identified case must be linked to the person's record (name and contact).",
     "Un caso identificado debe estar vinculado al registro de la persona (nombre y contacto)."},
    {"required.person_name", "Give at least the given names or the family names.",
     "Escribe al menos el nombre o los apellidos."},
    {"required.consent_agency", "Name the agency this consent is for.",
     "Indica la institución a la que se refiere este consentimiento."},
    {"required.closure_reason", "A closed case needs a closure reason.",
     "Un caso cerrado necesita el motivo de cierre."},
    {"required.comment", "A flagged record needs a comment explaining the concern.",
     "Un registro señalado necesita un comentario que explique el problema."},
    {"required.follow_up_due", "Give the date by which the follow-up is due.",
     "Indica la fecha límite para el seguimiento."},
    {"required.supervisor_signoff",
     "Referrals to this agency need a supervisor's sign-off, besides the person's consent.",
     "Las referencias a esta institución requieren el visto bueno de supervisión, además del "
     "consentimiento de la persona."},
    {"required.status_reason", "Give the reason for the rejection or the outcome at closure.",
     "Indica el motivo del rechazo o el resultado al cierre."},
    {"required.sent_on", "A referral that has been sent needs the date it was sent.",
     "Una referencia ya enviada necesita la fecha de envío."},
    {"required.referral_id", "A referral status needs the referral it refers to.",
     "Para registrar el estado de una referencia, indica de qué referencia se trata."},

    // time
    {"in_future", "{Field} is in the future; check the device's date and time.",
     "{Field} está en el futuro; revisa la fecha y hora del dispositivo."},
    {"in_future.date", "{Field} is in the future.", "{Field} está en el futuro."},
    {"out_of_order", "{Field} cannot be before {other}.", "{Field} no puede ser anterior a {other}."},
    {"implausible.time", "{Field} is before the year 2000; check the device's date and time.",
     "{Field} es anterior al año 2000; revisa la fecha y hora del dispositivo."},
    {"implausible.date", "{Field} is before the year 1900.", "{Field} es anterior al año 1900."},

    // formats and codes
    {"invalid_format", "{Field} is not in the expected format.", "{Field} no tiene el formato esperado."},
    {"invalid_format.id", "The record id is not a valid UUIDv7.",
     "El identificador del registro no es un UUIDv7 válido."},
    {"invalid_format.consent_reference", "The consent reference must be the id of the case's consent item.",
     "La referencia al consentimiento debe ser el identificador del consentimiento registrado en el caso."},
    {"invalid_format.record_id", "{Field} does not point to a valid record id (UUIDv7 expected).",
     "{Field} no apunta a un identificador de registro válido (se espera un UUIDv7)."},
    {"invalid_format.date", "{Field} is not a valid date (YYYY-MM-DD).",
     "{Field} no es una fecha válida (AAAA-MM-DD)."},
    {"invalid_format.time", "{Field} is not a valid date and time.", "{Field} no es una fecha y hora válida."},
    {"invalid_format.referral_number", "{Field} should look like MEX-26-PRTAPA-0000001.",
     "{Field} debe tener la forma MEX-26-PRTAPA-0000001."},
    {"unknown_code", "Unknown code.", "Código desconocido."},
    {"unknown_code.country", "Unknown country code (ISO 3166 alpha-3 expected, e.g. HND).",
     "Código de país desconocido (se espera ISO 3166 alfa-3, por ejemplo HND)."},
    {"unknown_code.agency", "Unknown agency code.", "Código de institución desconocido."},
    {"unknown_code.office", "Unknown office code.", "Código de oficina desconocido."},
    {"unknown_code.specific_need", "Unknown specific-needs code.", "Código de necesidad específica desconocido."},
    {"unknown_code.value", "{Field} has a value this version of Amparo does not know.",
     "{Field} tiene un valor que esta versión de Amparo no reconoce."},
    {"legacy_code.capture", "This is an old (v3) specific-needs code: choose the current (v4) code.",
     "Es un código antiguo (v3) de necesidades específicas: elige el código vigente (v4)."},
    {"legacy_code.import",
     "Old (v3) specific-needs code, accepted on import; map it to a current (v4) code when you can.",
     "Código antiguo (v3) de necesidades específicas, aceptado en la importación; cámbialo por un código "
     "vigente (v4) cuando puedas."},

    // numbers
    {"negative", "{Field} cannot be negative.", "{Field} no puede ser menor que cero."},
    {"out_of_range", "{Field} is out of range.", "{Field} está fuera del rango permitido."},
    {"out_of_range.age", "Age must be between 0 and 120 years.", "La edad debe estar entre 0 y 120 años."},
    {"out_of_range.latitude", "Latitude must be between -90 and 90.", "La latitud debe estar entre -90 y 90."},
    {"out_of_range.longitude", "Longitude must be between -180 and 180.",
     "La longitud debe estar entre -180 y 180."},
    {"out_of_range.not_more_than", "{Field} cannot be greater than {other}.",
     "{Field} no puede ser mayor que {other}."},
    {"sum_mismatch", "Women, men, girls, boys and unknown add up to {a}, not the total {b}.",
     "Mujeres, hombres, niñas, niños y personas sin dato suman {a}, pero el total es {b}."},
    {"implausible", "{Field} is implausible; check it.", "{Field} no es creíble; revísalo."},
    {"implausible.population", "A population of {a} is implausible for one centre (limit {b}); check the number.",
     "Una población de {a} personas no es creíble para una sola estación (límite: {b}); revisa la cifra."},

    // consistency
    {"mismatch", "{Field} does not match.", "{Field} no coincide."},
    {"mismatch.age_band", "The age band does not match the age in years.",
     "El rango de edad no coincide con la edad en años."},
    {"mismatch.data_class", "This kind of record holds personal or sensitive data; it cannot be classed as anonymised.",
     "Este tipo de registro contiene datos personales o sensibles; no puede clasificarse como anonimizado."},
    {"mismatch.consent_reference", "The consent named is not a referral consent for this agency.",
     "El consentimiento indicado no es un consentimiento para referir a esta institución."},
    {"mismatch.country_region", "The place is Mexico, but the country given is another one.",
     "El lugar indicado es México, pero el país es otro."},
    {"kind_mismatch", "The record kind does not match its content.",
     "El tipo de registro no coincide con su contenido."},

    // not allowed
    {"not_allowed", "{Field} is not allowed here.", "{Field} no se permite aquí."},
    {"not_allowed.module", "{Field} does not belong to this type of visit.",
     "{Field} no corresponde a este tipo de visita."},
    {"not_allowed.anonymous_person", "An anonymous interview cannot be linked to a person record.",
     "Una entrevista anónima no puede vincularse a un registro de persona."},
    {"not_allowed.anonymous_follow_up",
     "Follow-up needs an identified case; an anonymous interview cannot be followed up.",
     "El seguimiento requiere un caso identificado; una entrevista anónima no puede tener seguimiento."},
    {"not_allowed.anonymous_referral", "Only an identified case can be referred.",
     "Solo se puede referir un caso identificado."},
    {"not_allowed.restricted_description",
     "Sexual violence is recorded by its code only: leave the description empty.",
     "La violencia sexual se registra solo con su código: deja la descripción vacía."},
    {"not_allowed.closure_reason", "A closure reason is only for closed cases.",
     "El motivo de cierre solo aplica a casos cerrados."},
    {"not_allowed.self_signoff", "The sign-off must come from someone other than the author.",
     "El visto bueno debe darlo una persona distinta de quien hizo el registro."},

    // consent (data-protection rules 1 and 2)
    {"consent_missing", "A required consent is missing.", "Falta un consentimiento obligatorio."},
    {"consent_missing.interview",
     "The interview needs the person's consent, recorded as given (only interviews with consent are kept).",
     "La entrevista necesita el consentimiento de la persona, registrado como otorgado (solo se conservan "
     "las entrevistas con consentimiento)."},
    {"consent_missing.identified_record",
     "Keeping name and contact needs the person's consent to an identified record.",
     "Para guardar nombre y contacto se necesita el consentimiento de la persona para un registro "
     "identificado."},
    {"consent_missing.child_assent", "A child or adolescent respondent needs their own assent.",
     "Si quien responde es una niña, niño o adolescente, se necesita su asentimiento."},
    {"consent_missing.guardian",
     "A child or adolescent respondent needs a parent's or guardian's consent, or the best-interests "
     "legal basis.",
     "Si quien responde es una niña, niño o adolescente, se necesita el consentimiento de su madre, padre "
     "o tutor, o la base legal de interés superior de la niñez."},
    {"consent_missing.referral", "The linked case has no given referral consent for this agency.",
     "El caso vinculado no tiene consentimiento otorgado para referir a esta institución."},
    {"consent_missing.referral_reference", "The consent reference does not name a consent item of the linked case.",
     "La referencia al consentimiento no corresponde a ningún consentimiento del caso vinculado."},
    {"consent_missing.data_sharing",
     "Sharing data needs the person's consent to share with this agency.",
     "Para compartir datos se necesita el consentimiento de la persona para compartirlos con esta "
     "institución."},
    {"consent_withdrawn",
     "A required consent was withdrawn: the record must be withdrawn too, not kept.",
     "Se retiró un consentimiento obligatorio: el registro también debe darse de baja, no conservarse."},
    {"consent_withdrawn.referral",
     "The referral consent for this agency was withdrawn; it can no longer back a referral.",
     "Se retiró el consentimiento para referir a esta institución; ya no puede respaldar una referencia."},
    {"consent_withdrawn.data_sharing",
     "The consent to share data with this agency was withdrawn; nothing more can be shared.",
     "Se retiró el consentimiento para compartir datos con esta institución; ya no se puede compartir nada."},

    // alerts
    {"children_in_detention",
     "{a} children present in detention. Holding children in immigration stations is forbidden since "
     "the 2020 reform (in force January 2021); coordinators are alerted.",
     "Hay {a} niñas, niños o adolescentes en la estación migratoria. Desde la reforma de 2020 (vigente "
     "desde enero de 2021) está prohibido privarlos de la libertad en estaciones migratorias; se avisará a "
     "coordinación."},
    {"access_denied", "Access was denied; coordinators are alerted.",
     "Se negó el acceso; se avisará a coordinación."},
});

// Labels by proto field name (and a few extra keys used only as {other}).
// Spanish labels carry their article so sentences read naturally.
constexpr std::array kLabels = std::to_array<Entry>({
    {"id", "record id", "el identificador del registro"},
    {"kind", "record kind", "el tipo de registro"},
    {"body", "record content", "el contenido del registro"},
    {"office_code", "office", "la oficina"},
    {"author", "author", "la cuenta de quien registra"},
    {"created_at", "creation time", "la fecha de creación"},
    {"modified_at", "modification time", "la fecha de modificación"},
    {"data_class", "data class", "la clasificación de datos"},
    // site
    {"name", "name", "el nombre"},
    {"site_type", "site type", "el tipo de sitio"},
    {"access_regime", "access regime", "el régimen de acceso"},
    {"official_capacity", "official capacity", "la capacidad oficial"},
    {"location", "location", "la ubicación"},
    {"latitude", "latitude", "la latitud"},
    {"longitude", "longitude", "la longitud"},
    {"horizontal_accuracy_m", "GPS accuracy", "la precisión del GPS"},
    {"source", "position source", "el origen de la posición"},
    {"fixed_at", "GPS fix time", "la hora de la lectura GPS"},
    // visit
    {"visit_type", "visit type", "el tipo de visita"},
    {"site_id", "site", "el sitio"},
    {"started_at", "start time", "la hora de inicio"},
    {"ended_at", "end time", "la hora de término"},
    {"urgency", "urgency", "la urgencia"},
    {"travel_mode", "travel mode", "la forma de viajar"},
    {"case_priority", "case priority", "la prioridad del caso"},
    {"access", "access obtained", "el acceso obtenido"},
    {"access_denied_reason", "reason access was denied", "el motivo por el que se negó el acceso"},
    {"people_interviewed", "people interviewed", "el número de personas entrevistadas"},
    {"detention", "detention module", "el módulo de detención"},
    {"shelter", "shelter module", "el módulo de albergue"},
    {"border", "border module", "el módulo de frontera"},
    {"population", "population", "la población"},
    {"occupancy", "occupancy", "la ocupación"},
    {"participants", "participants", "las personas participantes"},
    {"victims", "victims", "las víctimas"},
    {"total", "total", "el total"},
    {"women", "women", "el número de mujeres"},
    {"men", "men", "el número de hombres"},
    {"girls", "girls", "el número de niñas"},
    {"boys", "boys", "el número de niños"},
    {"unknown", "people of unknown sex or age", "el número de personas sin dato de sexo o edad"},
    {"capacity", "capacity", "la capacidad"},
    {"families_present", "families present", "el número de familias"},
    {"families", "families", "el número de familias"},
    {"longest_detention_days", "longest detention (days)", "la detención más larga (días)"},
    {"average_detention_days", "average detention (days)", "la duración promedio de la detención (días)"},
    {"wishing_to_apply", "people wishing to apply for asylum", "el número de personas que quieren pedir asilo"},
    {"applications_lodged", "applications lodged", "el número de solicitudes presentadas"},
    {"staff_count", "staff", "el total de personal"},
    {"staff_women", "women staff", "el número de mujeres en el personal"},
    {"identified_for_atd", "people identified for alternatives to detention",
     "el número de personas identificadas para alternativas a la detención"},
    {"main_nationalities", "nationality", "la nacionalidad"},
    {"unaccompanied_children", "unaccompanied children", "el número de niñas, niños y adolescentes no acompañados"},
    {"maximum_stay_days", "maximum stay (days)", "la estancia máxima (días)"},
    {"refusals_of_entry", "refusals of entry", "el número de ingresos negados"},
    {"individuals", "individuals", "el número de personas"},
    {"family_groups", "family groups", "el número de grupos familiares"},
    {"caravans", "caravans", "el número de caravanas"},
    // screening
    {"visit_id", "visit", "la visita"},
    {"mode", "interview mode", "el modo de la entrevista"},
    {"legal_basis", "legal basis", "la base legal"},
    {"consents", "consents", "los consentimientos"},
    {"person_id", "person record", "el registro de la persona"},
    {"interviewed_at", "interview time", "la fecha y hora de la entrevista"},
    {"purpose", "consent purpose", "el propósito del consentimiento"},
    {"recorded_at", "consent time", "la fecha del consentimiento"},
    {"withdrawn_at", "withdrawal time", "la fecha de retiro del consentimiento"},
    {"agency_code", "agency", "la institución"},
    {"age_years", "age", "la edad"},
    {"age_band", "age band", "el rango de edad"},
    {"sex", "sex", "el sexo"},
    {"nationality", "nationality", "la nacionalidad"},
    {"habitual_residence", "country of habitual residence", "el país de residencia habitual"},
    {"adults", "adults", "el número de personas adultas"},
    {"children", "children", "el número de niñas, niños y adolescentes"},
    {"children_under_5", "children under 5", "el número de niñas y niños menores de 5 años"},
    {"date_left", "date of departure", "la fecha de salida"},
    {"countries_crossed", "country crossed", "el país de tránsito"},
    {"incident_ids", "incident", "el incidente"},
    {"destination_country", "destination country", "el país de destino"},
    {"specific_needs", "specific need", "la necesidad específica"},
    {"updated_specific_needs", "specific need", "la necesidad específica"},
    {"code", "specific-needs code", "el código de necesidad específica"},
    {"date_identified", "date identified", "la fecha de identificación"},
    {"status", "status", "el estado"},
    {"follow_up_needed", "follow-up needed", "la indicación de seguimiento"},
    // referral
    {"screening_id", "case", "el caso"},
    {"referral_number", "referral number", "el número de referencia"},
    {"consent_reference", "consent reference", "la referencia al consentimiento"},
    {"fields_shared", "fields shared", "los datos compartidos"},
    {"supervisor_signoff_by", "supervisor sign-off", "el visto bueno de supervisión"},
    {"sent_on", "date sent", "la fecha de envío"},
    {"answered_on", "date answered", "la fecha de respuesta"},
    {"status_reason", "status reason", "el motivo"},
    // follow-up
    {"referral_id", "referral", "la referencia"},
    {"date", "follow-up date", "la fecha del seguimiento"},
    {"channel", "channel", "el medio"},
    {"closure_reason", "closure reason", "el motivo de cierre"},
    {"next_date", "next follow-up date", "la fecha del próximo seguimiento"},
    {"case_status", "case status", "el estado del caso"},
    {"referral_status", "referral status", "el estado de la referencia"},
    // incident
    {"occurred_on", "incident date", "la fecha del incidente"},
    {"reported_on", "date reported", "la fecha en que se reportó"},
    {"incident_type", "incident type", "el tipo de incidente"},
    {"perpetrator", "perpetrator", "el presunto responsable"},
    {"description", "description", "la descripción"},
    {"region", "region", "la región"},
    {"country", "country", "el país"},
    {"reported_to", "authority reported to", "la autoridad a la que se reportó"},
    {"child_victims", "child victims", "el número de niñas y niños víctimas"},
    // review
    {"target_record_id", "reviewed record", "el registro revisado"},
    {"verdict", "review verdict", "el resultado de la revisión"},
    {"comment", "comment", "el comentario"},
    {"follow_up_due", "follow-up due date", "la fecha límite del seguimiento"},
    // person
    {"given_names", "given names", "el nombre"},
    {"family_names", "family names", "los apellidos"},
    {"date_of_birth", "date of birth", "la fecha de nacimiento"},
    {"contacts", "contact", "el contacto"},
    {"value", "contact detail", "el dato de contacto"},
});

const Entry* find(const auto& table, std::string_view key) {
  for (const auto& entry : table) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

// Unknown labels fall back to the field name in words, so a missing label
// shows up as readable text rather than a crash (tests catch it: no '_').
std::string label(std::string_view fieldKey, bool spanish) {
  if (const Entry* entry = find(kLabels, fieldKey)) return std::string(spanish ? entry->es : entry->en);
  std::string words(fieldKey);
  for (char& c : words) {
    if (c == '_') c = ' ';
  }
  return words;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
    text.front() = static_cast<char>(text.front() - 'a' + 'A');
  }
  return text;
}

std::string render(std::string_view text, std::string_view fieldKey, const MessageArgs& args, bool spanish) {
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto open = text.find('{', pos);
    if (open == std::string_view::npos) break;
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const auto name = text.substr(open + 1, close - open - 1);
    if (name == "field") {
      out += label(fieldKey, spanish);
    } else if (name == "Field") {
      out += capitalised(label(fieldKey, spanish));
    } else if (name == "other") {
      out += label(args.other, spanish);
    } else if (name == "a") {
      out += std::to_string(args.a);
    } else if (name == "b") {
      out += std::to_string(args.b);
    } else {
      out.append(text.substr(open, close - open + 1));
    }
    pos = close + 1;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace

Messages renderMessage(std::string_view key, std::string_view fieldKey, const MessageArgs& args) {
  const Entry* entry = find(kMessages, key);
  if (!entry) entry = find(kMessages, key.substr(0, key.find('.')));
  static constexpr Entry kGeneric{"", "{Field} is not valid.", "{Field} no es válido."};
  if (!entry) entry = &kGeneric;
  return {render(entry->en, fieldKey, args, false), render(entry->es, fieldKey, args, true)};
}

}  // namespace amparo::validation::detail
