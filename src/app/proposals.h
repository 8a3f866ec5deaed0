// Court proposals (issue 4 part 2; PROP-1..PROP-5): each area's catalogue of interventions, and
// the RAR proposal a court officer builds from a person's record for the pre-sentence report.
// A proposal is saved as made (frozen) so the report can be printed again exactly; every read
// and every proposal is audited against the person; a refused request changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/ports.h"
#include "app/proposal_store.h"
#include "core/result.h"
#include "domain/proposal/rar_proposal.h"

namespace probity::app {

struct CatalogueView {
  org::Area area;
  std::vector<CatalogueEntry> entries;  // by kind, then name
};

// Every area (for the choice of the court's area).
Result<std::vector<org::Area>> ListAreas(const Context& ctx, const Actor& actor);

// The area's interventions (`code` is the area's code or name); withdrawn ones when asked for.
// kNotFound for an unknown area.
Result<CatalogueView> ViewCatalogue(const Context& ctx, const Actor& actor, const std::string& area,
                                    bool include_withdrawn);

// Adds an intervention to the area's catalogue (managers and administrators). kInvalidArgument
// naming the field (proposal::ValidateIntervention; code DUPLICATE when the area has it already).
Result<CatalogueView> AddIntervention(const Context& ctx, const Actor& actor,
                                      const std::string& area,
                                      const proposal::Intervention& intervention);

// Marks the area's intervention `code` withdrawn today; kNotFound when it has no such
// intervention still available. Proposals made before keep it as they were made.
Result<CatalogueView> WithdrawIntervention(const Context& ctx, const Actor& actor,
                                           const std::string& area, const std::string& code);

// The calculator (POST /api/v1/calculators/rar-proposal): when `input.area` names an area
// (code or name) with interventions listed, its catalogue and name are used (PROP-5); any other
// text is only named in the rationale. Reads no person's record.
Result<proposal::RarProposal> ProposeRarInArea(const Context& ctx,
                                               proposal::RarProposalInput input);

// What the record says, to start the court officer's form.
struct ProposalStart {
  std::string crn;
  std::string name;
  std::optional<int> ogrs_on_record;  // person.ogrs_two_year
  std::string sex;                    // OGRS-1 code
  Date date_of_birth{};
  std::optional<Date> conviction_date;  // the latest event's
  std::string offence_category;         // the latest event's OGRS-1 code, "" when none
  std::string offence_description;
  std::string court;
  std::vector<proposal::Need>
      needs;                      // every RAR-10 area; severity "" where the assessment has none
  bool sexual_offending = false;  // the latest offence is a sexual one
  std::string area_code;          // the person's home area
  std::vector<org::Area> areas;
  std::vector<StoredProposal> earlier;  // newest first
};

// Audited "proposal.start".
Result<ProposalStart> StartProposal(const Context& ctx, const Actor& actor, const std::string& crn);

// A proposal as asked for. Needs with an empty severity are left out. OGRS: the record's score,
// or — when the record has none, or `sanction_count` is given — OGRS3 calculated from the record
// (sex, date of birth) and the fields here (or the record's latest conviction and offence).
struct ProposalRequest {
  std::vector<proposal::Need> needs;
  bool sexual_offending = false;
  std::string justification;
  std::string area;  // an area code; "" for none
  std::optional<int> sanction_count;
  std::optional<int> age_at_first_sanction;
  std::string conviction_date;   // "YYYY-MM-DD"; "" for the record's latest conviction
  std::string offence_category;  // "" for the record's latest offence
};

// Builds, saves and returns the proposal (audited "proposal.make"). kInvalidArgument naming each
// field: those of proposal::ProposeRar and risk::CalculateOgrs3, area (UNKNOWN_CODE), and — when
// the record has no OGRS score — sanctionCount and ageAtFirstSanction REQUIRED with a message
// saying what OGRS3 needs.
Result<StoredProposal> MakeProposal(const Context& ctx, const Actor& actor, const std::string& crn,
                                    const ProposalRequest& request);

struct ProposalView {
  std::string crn;
  std::string name;
  StoredProposal proposal;
};

// One saved proposal (audited "proposal.view"); kNotFound when the person has none with that id.
Result<ProposalView> ViewProposal(const Context& ctx, const Actor& actor, const std::string& crn,
                                  std::int64_t id);

// The person's proposals, newest first (audited "proposal.list").
Result<std::vector<StoredProposal>> ListProposals(const Context& ctx, const Actor& actor,
                                                  const std::string& crn);

}  // namespace probity::app
