// The JSON of a RAR proposal (PROP-1..PROP-5) and of an area's interventions, shared by the
// calculator and the proposals made from a person's record (docs/api.md).
#pragma once

#include <boost/json/object.hpp>

#include "app/proposal_store.h"
#include "domain/proposal/rar_proposal.h"

namespace probity::http {

boost::json::object InterventionObject(const proposal::Intervention& intervention);
// The calculator's contract, exactly (issue 4): {"intensity","guidelineMinDays",
// "guidelineMaxDays","proposedDays","rationale","flags"}.
boost::json::object RarProposalObject(const proposal::RarProposal& proposal);
// The contract plus what the area's catalogue chose, for proposals kept on a person's record:
// "anticipatedDays","activity":[{"needs","intervention"}],"officerNeeds","officerDays",
// "programmes","treatments".
boost::json::object RarProposalDetailObject(const proposal::RarProposal& proposal);
boost::json::object StoredProposalObject(const app::StoredProposal& proposal);

}  // namespace probity::http
