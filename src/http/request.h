// The server's own request and response types: plain structs, so handlers, the router and
// their tests never include Beast (only server.cc does).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace probity::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path, e.g. "/api/v1/people/X320741"
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // keys in lower case
  std::string body;
  std::string request_id;
  std::string remote_address;
  std::map<std::string, std::string> params;  // from the route pattern, e.g. {"crn": "X320741"}
  std::string username;                       // set once authenticated, for the request log

  // The first value of a query parameter, or "" when absent.
  std::string Query(std::string_view name) const;
  bool HasQuery(std::string_view name) const;
  std::string Header(std::string_view lower_case_name) const;
  std::string Cookie(std::string_view name) const;
  std::string Param(std::string_view name) const;
  // Decoded application/x-www-form-urlencoded body fields (first value of each name).
  std::map<std::string, std::string> Form() const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers, e.g. Set-Cookie

  static Response Json(int status, std::string body);
  static Response Html(int status, std::string body);
  static Response Redirect(std::string location);  // 303 See Other
};

// Splits "a=1&b=two%20words" into decoded pairs ('+' is a space, as forms send it); nullopt when
// the text is not a valid query string (e.g. a bad percent escape).
std::optional<std::vector<std::pair<std::string, std::string>>> ParseUrlEncoded(
    std::string_view text);
// Percent-encodes a value for a query string.
std::string UrlEncode(std::string_view text);
// A path segment, query or form value that is exactly a whole number ("42"); nullopt for
// anything else (empty, "4x", " 4", out of range), so each caller decides what that means.
std::optional<std::int64_t> ParseWholeNumber(std::string_view text);

}  // namespace probity::http
