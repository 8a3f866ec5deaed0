#include "http/json_body.h"

#include <gtest/gtest.h>

namespace probity::http {
namespace {

std::vector<std::string> Names(const std::vector<FieldError>& faults) {
  std::vector<std::string> out;
  out.reserve(faults.size());
  for (const auto& f : faults) {
    out.push_back(f.field + ":" + f.error);
  }
  return out;
}

TEST(ParseJsonObject, RefusesInvalidJsonAndNonObjectsNamingTheBody) {
  EXPECT_EQ(ParseJsonObject("{").error().fields.at(0).error, "INVALID_JSON");
  EXPECT_EQ(ParseJsonObject("").error().fields.at(0).error, "INVALID_JSON");
  EXPECT_EQ(ParseJsonObject("[1]").error().fields.at(0).field, "body");
  EXPECT_EQ(ParseJsonObject("[1]").error().fields.at(0).error, "INVALID_TYPE");
  EXPECT_TRUE(ParseJsonObject(R"({"a":1})").has_value());
}

TEST(JsonFields, ReadsValuesAndNamesEachFault) {
  auto body = ParseJsonObject(R"({"n":7,"two":2.0,"big":3000000000,"huge":18446744073709551615,
    "frac":2.5,"s":"x","b":true,"d":"2024-02-29","bad":"2023-02-29","nul":null,"typo":1})");
  ASSERT_TRUE(body.has_value());
  std::vector<FieldError> faults;
  JsonFields in(*body, "p.", faults);

  EXPECT_EQ(in.Int("n", Presence::kRequired), 7);
  EXPECT_EQ(in.Int("two", Presence::kRequired), 2);
  EXPECT_EQ(in.String("s", Presence::kRequired), "x");
  EXPECT_EQ(in.Bool("b", Presence::kRequired), true);
  EXPECT_EQ(in.DateValue("d", Presence::kRequired), ParseDate("2024-02-29"));
  EXPECT_EQ(in.Int("nul", Presence::kOptional), std::nullopt);
  EXPECT_EQ(in.Int("absent", Presence::kOptional), std::nullopt);
  EXPECT_TRUE(faults.empty());

  EXPECT_EQ(in.Int("big", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.Int("huge", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.Int("frac", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.Int("s", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.String("n", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.Bool("s", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.DateValue("bad", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.DateValue("n", Presence::kRequired), std::nullopt);
  EXPECT_EQ(in.Array("s", Presence::kRequired), nullptr);
  EXPECT_EQ(in.String("nul", Presence::kRequired), std::nullopt);
  in.RejectUnknown({"n", "two", "big", "huge", "frac", "s", "b", "d", "bad", "nul"});

  EXPECT_EQ(Names(faults),
            (std::vector<std::string>{
                "p.big:OUT_OF_RANGE", "p.huge:OUT_OF_RANGE", "p.frac:INVALID_TYPE",
                "p.s:INVALID_TYPE", "p.n:INVALID_TYPE", "p.s:INVALID_TYPE", "p.bad:INVALID_DATE",
                "p.n:INVALID_DATE", "p.s:INVALID_TYPE", "p.nul:REQUIRED", "p.typo:UNKNOWN_FIELD"}));
  EXPECT_EQ(in.ElementName("needs", 3), "p.needs[3]");
}

}  // namespace
}  // namespace probity::http
