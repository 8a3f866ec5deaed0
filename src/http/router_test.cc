#include "http/router.h"

#include <gtest/gtest.h>

#include "http/request.h"

namespace probity::http {
namespace {

Request Make(const char* method, const char* path) {
  Request r;
  r.method = method;
  r.path = path;
  return r;
}

TEST(Router, MatchesPatternsAndFillsParams) {
  Router router;
  router.Get("/api/v1/people/{crn}",
             [](Request& r) { return Response::Json(200, r.Param("crn")); });
  router.Get("/assets/*", [](Request& r) { return Response::Json(200, r.Param("*")); });
  auto person = Make("GET", "/api/v1/people/X320741");
  EXPECT_EQ(router.Handle(person).body, "X320741");
  auto asset = Make("GET", "/assets/fonts/bold.woff2");
  EXPECT_EQ(router.Handle(asset).body, "fonts/bold.woff2");
}

TEST(Router, Answers404And405) {
  Router router;
  router.Get("/health", [](Request&) { return Response::Json(200, "{}"); });
  auto missing = Make("GET", "/nowhere");
  EXPECT_EQ(router.Handle(missing).status, 404);
  auto wrong = Make("DELETE", "/health");
  auto response = router.Handle(wrong);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.content_type, "application/problem+json");
  ASSERT_EQ(response.headers.size(), 1U);
  EXPECT_EQ(response.headers[0].second, "GET");
  auto head = Make("HEAD", "/health");
  EXPECT_EQ(router.Handle(head).status, 200);
}

TEST(ParseUrlEncoded, DecodesFormsAndRefusesBadEscapes) {
  auto pairs = ParseUrlEncoded("q=Jim+Brown&dateOfBirth=1980-02-01&x=%2F");
  ASSERT_TRUE(pairs);
  ASSERT_EQ(pairs->size(), 3U);
  EXPECT_EQ((*pairs)[0].second, "Jim Brown");
  EXPECT_EQ((*pairs)[2].second, "/");
  EXPECT_FALSE(ParseUrlEncoded("q=%zz"));
}

TEST(ParseWholeNumber, AcceptsOnlyAWholeNumberThatFits) {
  EXPECT_EQ(ParseWholeNumber("42"), 42);
  EXPECT_EQ(ParseWholeNumber("-7"), -7);
  EXPECT_EQ(ParseWholeNumber(""), std::nullopt);
  EXPECT_EQ(ParseWholeNumber("4x"), std::nullopt);
  EXPECT_EQ(ParseWholeNumber(" 4"), std::nullopt);
  EXPECT_EQ(ParseWholeNumber("99999999999999999999"), std::nullopt);
}

TEST(Request, ReadsCookies) {
  Request r;
  r.headers["cookie"] = "a=1; probity_session=abc; b=2";
  EXPECT_EQ(r.Cookie("probity_session"), "abc");
  EXPECT_EQ(r.Cookie("missing"), "");
}

}  // namespace
}  // namespace probity::http
