#include "app/person_lookup.h"

#include "domain/person/crn.h"

namespace probity::app {

Result<person::Person> FindPersonFor(Tx& tx, const Actor& actor, const std::string& crn_text,
                                     CaseAction action) {
  auto crn = person::Crn::Parse(crn_text);
  PROBITY_TRY(crn);
  auto person = tx.people().FindByCrn(crn->str());
  PROBITY_TRY(person);
  if (!person->has_value()) {
    return NotFound("No person has CRN " + crn->str());
  }
  PROBITY_TRY(CheckCaseAccess(actor, **person, action));
  return std::move(**person);
}

}  // namespace probity::app
