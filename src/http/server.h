// The HTTP server (Boost.Beast, C++20 coroutines). The only file that includes Beast, because
// Beast translation units compile slowly (docs/decisions/0005-stack.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "http/router.h"

namespace probity::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  int threads = 8;            // handlers block on the database, so more threads than cores
  std::size_t header_limit = std::size_t{8} * 1024;   // bytes; larger headers get 431
  std::size_t body_limit = std::size_t{1024} * 1024;  // bytes; larger bodies get 413
  std::chrono::seconds read_timeout{30};              // for a whole request, and idle keep-alive
  std::chrono::seconds write_timeout{30};
};

class Server {
 public:
  Server(ServerOptions options, const Router& router);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns the port (the chosen one when options.port was 0).
  Result<std::uint16_t> Listen();
  // Serves until SIGINT or SIGTERM (or Stop()), then stops accepting, lets in-flight requests
  // finish, closes idle connections and returns.
  void Run();
  // Begins the same graceful stop from any thread.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace probity::http
