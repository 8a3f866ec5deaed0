// One explicit route table: method + pattern ("/api/v1/people/{crn}") -> handler.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/request.h"

namespace probity::http {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  void Get(const std::string& pattern, Handler handler) { Add("GET", pattern, std::move(handler)); }
  void Post(const std::string& pattern, Handler handler) {
    Add("POST", pattern, std::move(handler));
  }
  // A pattern ending in "/*" matches any path under it; the rest is in params["*"].
  void Add(std::string method, const std::string& pattern, Handler handler);

  // Runs the matching handler; 404 when no pattern matches the path, 405 (with Allow) when one
  // does but not for this method. `request.params` is filled from the pattern.
  Response Handle(Request& request) const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
  };
  static bool Match(const Route& route, const std::vector<std::string>& path,
                    std::map<std::string, std::string>& params);
  std::vector<Route> routes_;
};

std::vector<std::string> SplitPath(const std::string& path);

}  // namespace probity::http
