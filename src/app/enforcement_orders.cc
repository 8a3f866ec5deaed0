#include "app/enforcement_orders.h"

#include <algorithm>
#include <utility>

namespace probity::app {

const OrderSummary* OrderOfFailure(const std::vector<OrderSummary>& orders,
                                   const FailureRecord& failure) {
  const OrderSummary* latest = nullptr;
  for (const auto& o : orders) {
    if (o.person != failure.person) {
      continue;
    }
    if (failure.requirement && std::find(o.requirements.begin(), o.requirements.end(),
                                         *failure.requirement) != o.requirements.end()) {
      return &o;
    }
    if (!failure.requirement && o.sentence_date <= failure.date &&
        (latest == nullptr || o.sentence_date > latest->sentence_date)) {
      latest = &o;
    }
  }
  return latest;
}

std::vector<OrderEnforcement> AssessOrders(const EnforcementRecords& records,
                                           person::PersonId person, Date today) {
  // The person's own records first: a team's records hold hundreds of people.
  std::vector<OrderSummary> orders;
  for (const auto& o : records.orders) {
    if (o.person == person) {
      orders.push_back(o);
    }
  }
  std::vector<std::pair<const FailureRecord*, const OrderSummary*>> failures;
  for (const auto& f : records.failures) {
    if (f.person == person) {
      failures.emplace_back(&f, OrderOfFailure(orders, f));
    }
  }
  std::vector<OrderEnforcement> out;
  for (const auto& order : orders) {
    OrderEnforcement e;
    e.order = order;
    e.ended = order.revoked_or_terminated || order.end_date < today;
    e.history.type = order.type;
    e.history.ended = e.ended;
    for (const auto& [f, of] : failures) {
      if (of != nullptr && of->id == order.id) {
        e.failures.push_back(*f);
        e.history.failures.push_back(
            {f->contact.value(), f->date, f->judgement, f->evidence_until});
      }
    }
    for (const auto& a : records.actions) {
      if (a.sentence != order.id) {
        continue;
      }
      e.actions.push_back(a);
      e.history.actions.push_back({a.kind, a.failure.value(), a.date, a.withdrawn});
      for (const auto& c : records.court_outcomes) {
        if (c.action == a.id) {
          e.court_outcomes.push_back(c);
          e.history.court_outcomes.push_back({a.failure.value(), c.date, c.kind});
        }
      }
    }
    if (e.failures.empty() && e.actions.empty()) {
      continue;
    }
    e.state = enforcement::Assess(e.history, today);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace probity::app
