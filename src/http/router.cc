#include "http/router.h"

#include "http/problem.h"

namespace probity::http {

std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) {
      end = path.size();
    }
    if (end > start) {
      segments.push_back(path.substr(start, end - start));
    }
    start = end + 1;
  }
  return segments;
}

void Router::Add(std::string method, const std::string& pattern, Handler handler) {
  routes_.push_back({std::move(method), SplitPath(pattern), std::move(handler)});
}

bool Router::Match(const Route& route, const std::vector<std::string>& path,
                   std::map<std::string, std::string>& params) {
  params.clear();
  const auto& segments = route.segments;
  bool wildcard = !segments.empty() && segments.back() == "*";
  std::size_t fixed = wildcard ? segments.size() - 1 : segments.size();
  if (wildcard ? path.size() < fixed : path.size() != fixed) {
    return false;
  }
  for (std::size_t i = 0; i < fixed; ++i) {
    const auto& s = segments[i];
    if (s.size() > 2 && s.front() == '{' && s.back() == '}') {
      params[s.substr(1, s.size() - 2)] = path[i];
    } else if (s != path[i]) {
      return false;
    }
  }
  if (wildcard) {
    std::string rest;
    for (std::size_t i = fixed; i < path.size(); ++i) {
      rest += (rest.empty() ? "" : "/") + path[i];
    }
    params["*"] = rest;
  }
  return true;
}

Response Router::Handle(Request& request) const {
  auto path = SplitPath(request.path);
  std::string allowed;
  std::map<std::string, std::string> params;
  for (const auto& route : routes_) {
    if (!Match(route, path, params)) {
      continue;
    }
    bool same =
        route.method == request.method || (route.method == "GET" && request.method == "HEAD");
    if (same) {
      request.params = std::move(params);
      return route.handler(request);
    }
    if (allowed.find(route.method) == std::string::npos) {
      allowed += (allowed.empty() ? "" : ", ") + route.method;
    }
  }
  if (!allowed.empty()) {
    Response r =
        Problem(405, "method not allowed", request.method + " is not allowed here; use " + allowed);
    r.headers.emplace_back("Allow", allowed);
    return r;
  }
  return Problem(404, "not found", "Nothing is at " + request.path);
}

}  // namespace probity::http
