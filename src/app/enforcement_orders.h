// Turns the stored enforcement records of one or more people into one warning-rule history per
// order, and assesses each (ENF-1..5). Pure: no store, no clock.
#pragma once

#include <vector>

#include "app/enforcement_store.h"
#include "domain/enforcement/warning_rule.h"

namespace probity::app {

struct OrderEnforcement {
  OrderSummary order;
  bool ended = false;  // revoked, terminated or past its end date
  enforcement::OrderHistory history;
  enforcement::OrderState state;
  std::vector<FailureRecord> failures;  // as stored, in date order
  std::vector<ActionRecord> actions;
  std::vector<CourtOutcomeRecord> court_outcomes;
};

// The order a failure belongs to: the order of its requirement, otherwise the latest order
// sentenced on or before the failure (supervision contacts carry no requirement). nullptr when
// the person had no order then.
const OrderSummary* OrderOfFailure(const std::vector<OrderSummary>& orders,
                                   const FailureRecord& failure);

// One entry per order of `person` that has a failure or an action, in sentence-date order.
std::vector<OrderEnforcement> AssessOrders(const EnforcementRecords& records,
                                           person::PersonId person, Date today);

}  // namespace probity::app
