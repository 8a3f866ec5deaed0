#include "web/static_files.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "http/problem.h"

namespace probity::web {
namespace {

std::string ContentType(const std::string& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".png", "image/png"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".json", "application/json"},
      {".map", "application/json"}};
  auto found = kTypes.find(std::filesystem::path(path).extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

struct Cache {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const std::string>> files;  // guarded by mutex
};

}  // namespace

void AddStaticFiles(http::Router& router, const std::string& folder) {
  auto cache = std::make_shared<Cache>();
  router.Get("/assets/*", [folder, cache](http::Request& request) {
    std::string relative = request.Param("*");
    // Only plain names under the folder: no "..", no hidden files.
    if (relative.empty() || relative.find("..") != std::string::npos || relative[0] == '.' ||
        relative.find('\\') != std::string::npos) {
      return http::Problem(404, "not found", "No such asset");
    }
    std::shared_ptr<const std::string> body;
    {
      std::lock_guard lock(cache->mutex);
      auto found = cache->files.find(relative);
      if (found != cache->files.end()) {
        body = found->second;
      }
    }
    if (!body) {
      std::ifstream in(std::filesystem::path(folder) / relative, std::ios::binary);
      if (!in) {
        return http::Problem(404, "not found", "No such asset");
      }
      std::ostringstream content;
      content << in.rdbuf();
      body = std::make_shared<const std::string>(content.str());
      std::lock_guard lock(cache->mutex);
      cache->files.emplace(relative, body);
    }
    http::Response response{200, ContentType(relative), *body, {}};
    response.headers.emplace_back("Cache-Control", "public, max-age=86400");
    return response;
  });
}

}  // namespace probity::web
