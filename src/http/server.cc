#include "http/server.h"

#include <array>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include "http/problem.h"

namespace probity::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

// Request ids: a random per-process prefix and a counter, unless the client sent a sane one.
std::string NewRequestId() {
  static const std::string kPrefix = [] {
    std::random_device random;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", random());
    return std::string(buf);
  }();
  static std::atomic<std::uint64_t> counter{0};
  return kPrefix + "-" + std::to_string(++counter);
}

bool SaneRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) {
    return false;
  }
  for (char c : id) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-' && c != '_' && c != '.') {
      return false;
    }
  }
  return true;
}

// Copies a Beast request into the router's plain Request; nullopt for an unparseable target.
std::optional<Request> ToRequest(const BeastRequest& in, const std::string& remote) {
  Request out;
  out.method = std::string(in.method_string());
  auto target = boost::urls::parse_origin_form(in.target());
  if (!target) {
    return std::nullopt;
  }
  out.path = target->path();
  auto query = ParseUrlEncoded(target->encoded_query());
  if (!query) {
    return std::nullopt;
  }
  out.query = std::move(*query);
  for (const auto& field : in) {
    std::string name(field.name_string());
    for (auto& c : name) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    out.headers[name] = std::string(field.value());
  }
  out.body = in.body();
  std::string given = out.Header("x-request-id");
  out.request_id = SaneRequestId(given) ? given : NewRequestId();
  out.remote_address = remote;
  return out;
}

BeastResponse ToBeast(Response&& in, unsigned version, bool keep_alive, bool head,
                      const std::string& request_id) {
  BeastResponse out{static_cast<bhttp::status>(in.status), version};
  out.set(bhttp::field::server, "probity");
  out.set(bhttp::field::content_type, in.content_type);
  out.set("X-Request-Id", request_id);
  out.set("X-Content-Type-Options", "nosniff");
  for (auto& [name, value] : in.headers) {
    out.insert(name, value);
  }
  out.keep_alive(keep_alive);
  if (head) {
    out.content_length(in.body.size());
  } else {
    out.body() = std::move(in.body);
    out.prepare_payload();
  }
  return out;
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  const Router& router;
  asio::io_context io{options.threads};
  tcp::acceptor acceptor{io};
  asio::signal_set signals{io, SIGINT, SIGTERM};
  std::atomic<bool> stopping{false};

  // Connections waiting for their next request, which a stop may close at once.
  struct Connection {
    beast::tcp_stream stream;
    bool idle = false;  // touched only on the connection's strand
    explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  };
  std::mutex mutex;
  std::set<std::shared_ptr<Connection>> connections;  // guarded by mutex

  Impl(ServerOptions o, const Router& r) : options(std::move(o)), router(r) {}

  // After refusing a request whose body is still arriving, closing at once would make the
  // kernel answer the client's next segment with a reset, which can destroy the refusal before
  // the client reads it. So: stop sending, then read and discard until the client closes, for a
  // bounded time and amount.
  static asio::awaitable<void> LingeringClose(beast::tcp_stream& stream) {
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    std::array<char, std::size_t{16} * 1024> discard{};
    std::size_t drained = 0;
    constexpr std::size_t kMaxDrain = std::size_t{16} * 1024 * 1024;
    stream.expires_after(std::chrono::seconds(2));
    while (drained < kMaxDrain) {
      auto [error, n] = co_await stream.async_read_some(asio::buffer(discard), kNoThrow);
      if (error) {
        break;
      }
      drained += n;
    }
  }

  asio::awaitable<void> Session(std::shared_ptr<Connection> connection) {
    auto& stream = connection->stream;
    beast::flat_buffer buffer;
    std::string remote;
    beast::error_code ec;
    auto endpoint = stream.socket().remote_endpoint(ec);
    if (!ec) {
      remote = endpoint.address().to_string();
    }
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options.header_limit));
      parser.body_limit(options.body_limit);
      stream.expires_after(options.read_timeout);
      connection->idle = true;
      auto [read_error, bytes] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
      connection->idle = false;
      (void)bytes;
      if (read_error) {
        // Tell the client what was wrong when it is worth an answer, then close.
        std::optional<Response> refusal;
        if (read_error == bhttp::error::body_limit) {
          refusal = Problem(413, "payload too large",
                            "The request body is over the limit of " +
                                std::to_string(options.body_limit) + " bytes");
        } else if (read_error == bhttp::error::header_limit) {
          refusal = Problem(431, "request header fields too large",
                            "The request headers are over the limit of " +
                                std::to_string(options.header_limit) + " bytes");
        } else if (read_error != bhttp::error::end_of_stream &&
                   read_error != asio::error::operation_aborted &&
                   read_error != beast::error::timeout &&
                   read_error != asio::error::connection_reset && parser.got_some()) {
          refusal = Problem(400, "bad request", "The request is not valid HTTP/1.1");
        }
        if (refusal) {
          std::string id = NewRequestId();
          LogLine(id, "-", "-", refusal->status, 0.0, "", remote);
          auto response = ToBeast(std::move(*refusal), 11, false, false, id);
          stream.expires_after(options.write_timeout);
          co_await bhttp::async_write(stream, response, kNoThrow);
          co_await LingeringClose(stream);
        }
        break;
      }
      auto& beast_request = parser.get();
      auto started = std::chrono::steady_clock::now();
      auto request = ToRequest(beast_request, remote);
      Response response;
      std::string request_id = request ? request->request_id : NewRequestId();
      if (!request) {
        response = Problem(400, "bad request", "The request target is not a valid URL");
      } else {
        try {
          response = router.Handle(*request);
        } catch (const std::exception& e) {
          // The edge: nothing below throws on purpose; whatever did is a bug, logged with the id.
          spdlog::error(R"({{"requestId":"{}","error":"{}"}})", request_id, e.what());
          response = Problem(500, "internal error", "Something went wrong: quote " + request_id);
        }
      }
      double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
              .count();
      LogLine(request_id, std::string(beast_request.method_string()),
              request ? request->path : std::string(beast_request.target()), response.status, ms,
              request ? request->username : "", remote);
      bool keep_alive = beast_request.keep_alive() && !stopping;
      auto out = ToBeast(std::move(response), beast_request.version(), keep_alive,
                         beast_request.method() == bhttp::verb::head, request_id);
      stream.expires_after(options.write_timeout);
      auto [write_error, written] = co_await bhttp::async_write(stream, out, kNoThrow);
      (void)written;
      if (write_error || !keep_alive) {
        break;
      }
    }
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    std::lock_guard lock(mutex);
    connections.erase(connection);
  }

  static void LogLine(const std::string& id, const std::string& method, const std::string& path,
                      int status, double ms, const std::string& user, const std::string& remote) {
    spdlog::info(
        R"({{"requestId":"{}","method":"{}","path":"{}","status":{},"ms":{:.2f},"user":"{}","remote":"{}"}})",
        id, method, path, status, ms, user, remote);
  }

  asio::awaitable<void> Accept() {
    while (!stopping) {
      auto [error, socket] = co_await acceptor.async_accept(asio::make_strand(io), kNoThrow);
      if (error) {
        if (stopping || error == asio::error::operation_aborted) {
          break;
        }
        continue;  // e.g. too many open files: keep serving the connections we have
      }
      auto connection = std::make_shared<Connection>(std::move(socket));
      {
        std::lock_guard lock(mutex);
        connections.insert(connection);
      }
      asio::co_spawn(connection->stream.get_executor(), Session(connection), asio::detached);
    }
  }

  void BeginStop() {
    if (stopping.exchange(true)) {
      return;
    }
    spdlog::info(R"({{"event":"stopping","detail":"finishing in-flight requests"}})");
    asio::post(io, [this] {
      beast::error_code ec;
      acceptor.close(ec);
      signals.cancel();
      std::lock_guard lock(mutex);
      for (const auto& connection : connections) {
        // On the connection's strand, so it never races the session's own steps; a busy
        // connection finishes its request and closes because `stopping` is set.
        asio::post(connection->stream.get_executor(), [connection] {
          if (connection->idle) {
            connection->stream.cancel();
          }
        });
      }
    });
  }
};

Server::Server(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}

Server::~Server() = default;

Result<std::uint16_t> Server::Listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(impl_->options.address, ec);
  if (ec) {
    return InvalidArgument("address", "INVALID", "Not an IP address: " + impl_->options.address);
  }
  tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) {
    acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    acceptor.bind(endpoint, ec);
  }
  if (!ec) {
    acceptor.listen(asio::socket_base::max_listen_connections, ec);
  }
  if (ec) {
    return Unavailable("cannot listen on " + impl_->options.address + ":" +
                       std::to_string(impl_->options.port) + ": " + ec.message());
  }
  return acceptor.local_endpoint().port();
}

void Server::Run() {
  auto& impl = *impl_;
  impl.signals.async_wait([&impl](const beast::error_code& error, int) {
    if (!error) {
      impl.BeginStop();
    }
  });
  asio::co_spawn(impl.io, impl.Accept(), asio::detached);
  std::vector<std::thread> workers;
  for (int i = 1; i < impl.options.threads; ++i) {
    workers.emplace_back([&impl] { impl.io.run(); });
  }
  impl.io.run();
  for (auto& worker : workers) {
    worker.join();
  }
  spdlog::info(R"({{"event":"stopped"}})");
}

void Server::Stop() {
  impl_->BeginStop();
}

}  // namespace probity::http
