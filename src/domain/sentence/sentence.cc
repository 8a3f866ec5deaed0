#include "domain/sentence/sentence.h"

#include <array>
#include <utility>

namespace probity::sentence {
namespace {

struct RequirementInfo {
  RequirementType type;
  const char* code;
  const char* name;
  const char* unit;
};

constexpr std::array<RequirementInfo, 14> kRequirements = {{
    {RequirementType::kRehabilitationActivity, "rar", "Rehabilitation activity requirement",
     "days"},
    {RequirementType::kUnpaidWork, "unpaid_work", "Unpaid work", "hours"},
    {RequirementType::kProgramme, "programme", "Programme requirement", "days"},
    {RequirementType::kProhibitedActivity, "prohibited_activity", "Prohibited activity", "months"},
    {RequirementType::kCurfew, "curfew", "Curfew", "months"},
    {RequirementType::kExclusion, "exclusion", "Exclusion", "months"},
    {RequirementType::kResidence, "residence", "Residence", "months"},
    {RequirementType::kForeignTravelProhibition, "foreign_travel_prohibition",
     "Foreign travel prohibition", "months"},
    {RequirementType::kMentalHealthTreatment, "mental_health_treatment", "Mental health treatment",
     "months"},
    {RequirementType::kDrugRehabilitation, "drug_rehabilitation", "Drug rehabilitation", "months"},
    {RequirementType::kAlcoholTreatment, "alcohol_treatment", "Alcohol treatment", "months"},
    {RequirementType::kAlcoholAbstinenceMonitoring, "alcohol_abstinence_monitoring",
     "Alcohol abstinence and monitoring", "days"},
    {RequirementType::kAttendanceCentre, "attendance_centre", "Attendance centre", "hours"},
    {RequirementType::kElectronicMonitoring, "electronic_monitoring", "Electronic monitoring",
     "months"},
}};

const RequirementInfo& Info(RequirementType type) {
  for (const auto& info : kRequirements) {
    if (info.type == type) {
      return info;
    }
  }
  return kRequirements[0];
}

}  // namespace

const char* OrderTypeCode(OrderType type) {
  switch (type) {
    case OrderType::kCommunityOrder:
      return "community_order";
    case OrderType::kSuspendedSentenceOrder:
      return "suspended_sentence_order";
  }
  return "community_order";
}

const char* OrderTypeName(OrderType type) {
  switch (type) {
    case OrderType::kCommunityOrder:
      return "Community order";
    case OrderType::kSuspendedSentenceOrder:
      return "Suspended sentence order";
  }
  return "Community order";
}

std::optional<OrderType> ParseOrderType(std::string_view code) {
  for (auto type : {OrderType::kCommunityOrder, OrderType::kSuspendedSentenceOrder}) {
    if (code == OrderTypeCode(type)) {
      return type;
    }
  }
  return std::nullopt;
}

const char* RequirementTypeCode(RequirementType type) {
  return Info(type).code;
}
const char* RequirementTypeName(RequirementType type) {
  return Info(type).name;
}
const char* RequirementUnit(RequirementType type) {
  return Info(type).unit;
}

std::optional<RequirementType> ParseRequirementType(std::string_view code) {
  for (const auto& info : kRequirements) {
    if (code == info.code) {
      return info.type;
    }
  }
  return std::nullopt;
}

const char* RequirementStatusCode(RequirementStatus status) {
  switch (status) {
    case RequirementStatus::kActive:
      return "active";
    case RequirementStatus::kCompleted:
      return "completed";
    case RequirementStatus::kTerminated:
      return "terminated";
  }
  return "active";
}

std::optional<RequirementStatus> ParseRequirementStatus(std::string_view code) {
  for (auto s : {RequirementStatus::kActive, RequirementStatus::kCompleted,
                 RequirementStatus::kTerminated}) {
    if (code == RequirementStatusCode(s)) {
      return s;
    }
  }
  return std::nullopt;
}

int Sentence::RarDaysOrdered() const {
  int days = 0;
  for (const auto& r : requirements) {
    if (r.type == RequirementType::kRehabilitationActivity &&
        r.status != RequirementStatus::kTerminated && r.length) {
      days += *r.length;
    }
  }
  return days;
}

}  // namespace probity::sentence
