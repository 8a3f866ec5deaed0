#include "http/request.h"

#include <charconv>

#include <boost/url/encode.hpp>
#include <boost/url/params_view.hpp>
#include <boost/url/parse_query.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

namespace probity::http {

std::optional<std::vector<std::pair<std::string, std::string>>> ParseUrlEncoded(
    std::string_view text) {
  // Validate first: the params_view constructor throws on a malformed string.
  // Boost.URL 1.81's compiled parse_query calls strlen on its input, so it must see a
  // NUL-terminated copy (ASan caught a read past the end of a request target).
  const std::string copy(text);
  boost::core::string_view view(copy.data(), copy.size());
  if (!boost::urls::parse_query(view)) {
    return std::nullopt;
  }
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;  // HTML forms send spaces as '+'
  std::vector<std::pair<std::string, std::string>> pairs;
  for (auto param : boost::urls::params_view(view, opts)) {
    if (!param.key.empty()) {
      pairs.emplace_back(param.key, param.value);
    }
  }
  return pairs;
}

std::string UrlEncode(std::string_view text) {
  return boost::urls::encode(boost::core::string_view(text.data(), text.size()),
                             boost::urls::unreserved_chars);
}

std::string Request::Query(std::string_view name) const {
  for (const auto& [k, v] : query) {
    if (k == name) {
      return v;
    }
  }
  return "";
}

bool Request::HasQuery(std::string_view name) const {
  for (const auto& [k, v] : query) {
    if (k == name) {
      return true;
    }
  }
  return false;
}

std::string Request::Header(std::string_view lower_case_name) const {
  auto found = headers.find(std::string(lower_case_name));
  return found == headers.end() ? "" : found->second;
}

std::string Request::Cookie(std::string_view name) const {
  std::string cookies = Header("cookie");
  std::size_t start = 0;
  while (start < cookies.size()) {
    std::size_t end = cookies.find(';', start);
    if (end == std::string::npos) {
      end = cookies.size();
    }
    std::string_view part(cookies.data() + start, end - start);
    while (!part.empty() && part.front() == ' ') {
      part.remove_prefix(1);
    }
    std::size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
    start = end + 1;
  }
  return "";
}

std::string Request::Param(std::string_view name) const {
  auto found = params.find(std::string(name));
  return found == params.end() ? "" : found->second;
}

std::map<std::string, std::string> Request::Form() const {
  std::map<std::string, std::string> fields;
  for (auto& [k, v] : ParseUrlEncoded(body).value_or(decltype(query){})) {
    fields.emplace(std::move(k), std::move(v));
  }
  return fields;
}

Response Response::Json(int status, std::string body) {
  return {status, "application/json", std::move(body), {}};
}

Response Response::Html(int status, std::string body) {
  return {status, "text/html; charset=utf-8", std::move(body), {}};
}

Response Response::Redirect(std::string location) {
  Response r{303, "text/plain; charset=utf-8", "", {}};
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

std::optional<std::int64_t> ParseWholeNumber(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

}  // namespace probity::http
