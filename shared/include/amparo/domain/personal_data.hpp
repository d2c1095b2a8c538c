#pragma once
// Personal data in a record, in one place (DOMAIN.md §3.3, §3.5, §3.7, §3.9):
// what a coordinator sees only after "show personal data", what a device
// purges after the grace period, and what a pseudonymised export leaves out.

#include "amparo/domain/records.hpp"

namespace amparo::domain {

// True when the record carries fields that identify a person: a Person with
// any name, contact, date of birth or document number left; an identified
// screening with an exact age.
bool holdsPersonalData(const RecordEnvelope& envelope);

// Removes the fields that identify a person, keeping what statistics need:
// a Person's names, contacts, date of birth (keeping nothing finer than the
// year) and document number; an identified screening's exact age (its age
// band stays). Envelope metadata (ids, revision, seal) is left as is: the
// result is a view of the record, not a new revision. Idempotent.
void stripPersonalData(RecordEnvelope& envelope);

}  // namespace amparo::domain
