// probity: the one binary. Wiring only: parses the command line (CLI11), opens the store and
// hands each subcommand to the use cases, the seeder or the server.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>
#include <malloc.h>
#include <spdlog/spdlog.h>

#include "app/auth.h"
#include "app/caseload.h"
#include "core/clock.h"
#include "http/allocation_api.h"
#include "http/api.h"
#include "http/diary_api.h"
#include "http/enforcement_api.h"
#include "http/enforcement_documents_api.h"
#include "http/json.h"
#include "http/plan_api.h"
#include "http/proposal_api.h"
#include "http/sentence_api.h"
#include "http/server.h"
#include "http/tier_api.h"
#include "main/worklist_text.h"
#include "seed/generator.h"
#include "store/migrate.h"
#include "store/seed_writer.h"
#include "store/sql_store.h"
#include "web/pages.h"

namespace probity {
namespace {

constexpr const char* kVersion = "0.1.0";

// Reports an error the way every subcommand does: the message, each field at fault, exit 1.
int Fail(const Error& error) {
  std::cerr << "probity: " << error.message << "\n";
  for (const auto& f : error.fields) {
    if (f.message != error.message) {
      std::cerr << "  " << f.field << ": " << f.message << "\n";
    }
  }
  return 1;
}

// SQLite files go where asked; their folder is made if missing.
void PrepareLocation(const std::string& db) {
  if (db.rfind("postgres", 0) == 0) {
    return;
  }
  auto parent = std::filesystem::path(db).parent_path();
  if (!parent.empty()) {
    std::filesystem::create_directories(parent);
  }
}

// The actor for commands run by an operator at the console.
app::Actor ConsoleActor() {
  app::Actor actor;
  const char* user = std::getenv("USER");
  actor.username = std::string("console:") + (user != nullptr ? user : "operator");
  actor.role = app::Role::kAdministrator;
  actor.request_id = "cli";
  return actor;
}

int Migrate(const std::string& db) {
  PrepareLocation(db);
  auto connection = store::OpenConnection(db);
  if (!connection) {
    return Fail(connection.error());
  }
  auto applied = store::Migrate(**connection);
  if (!applied) {
    return Fail(applied.error());
  }
  auto version = store::SchemaVersion(**connection);
  std::cout << "probity: schema at version " << (version ? *version : 0) << " (" << applied->size()
            << " migration(s) applied)\n";
  return 0;
}

int Seed(const std::string& db, seed::SeedOptions options) {
  PrepareLocation(db);
  auto connection = store::OpenConnection(db);
  if (!connection) {
    return Fail(connection.error());
  }
  if (auto applied = store::Migrate(**connection); !applied) {
    return Fail(applied.error());
  }
  auto seeded = store::HasPeople(**connection);
  if (!seeded) {
    return Fail(seeded.error());
  }
  if (*seeded) {
    return Fail(FailedPrecondition("the database already holds people: seed an empty database"));
  }
  auto started = std::chrono::steady_clock::now();
  store::SeedWriter writer(**connection);
  if (auto begun = writer.Begin(); !begun) {
    return Fail(begun.error());
  }
  if (auto made = seed::Generate(options, writer); !made) {
    return Fail(made.error());
  }
  if (auto done = writer.Finish(options.today); !done) {
    return Fail(done.error());
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("probity: seeded %d people (%lld rows) in %.1f s\n", options.people,
              static_cast<long long>(writer.rows()), seconds);
  return 0;
}

Result<std::unique_ptr<store::SqlStore>> OpenStore(const std::string& db, int pool) {
  PrepareLocation(db);
  return store::SqlStore::Open(db, pool);
}

struct ServeOptions {
  std::string address = "127.0.0.1";
  int port = 8080;
  int threads =
      4;  // handlers block on the database: two a core (docs/performance.md measured 2-16)
  std::string assets;
};

int Serve(const std::string& db, const ServeOptions& options) {
  // Keep freed memory in the process: by default glibc hands large blocks back to the kernel and
  // faults them in again on the next request (sysmalloc and page-table work in the profile).
  mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  // One connection per server thread, and one for the audit journal's group commit. No more:
  // each SQLite connection has its own page cache, which warms faster the more it is used.
  auto store = OpenStore(db, options.threads + 1);
  if (!store) {
    return Fail(store.error());
  }
  SystemClock clock;
  app::Context ctx{**store, clock};
  http::Router router;
  http::AddHealthRoutes(router, ctx, {kVersion});
  http::AddApiRoutes(router, ctx);
  http::AddDiaryRoutes(router, ctx);
  http::AddPlanRoutes(router, ctx);
  http::AddSentenceRoutes(router, ctx);
  http::AddAllocationRoutes(router, ctx);
  http::AddEnforcementRoutes(router, ctx);
  http::AddTierRoutes(router, ctx);
  http::AddProposalRoutes(router, ctx);
  http::AddEnforcementDocumentRoutes(router, ctx);
  web::AddPages(router, ctx, options.assets);

  http::ServerOptions server_options;
  server_options.address = options.address;
  server_options.port = static_cast<std::uint16_t>(options.port);
  server_options.threads = options.threads;
  http::Server server(server_options, router);
  auto port = server.Listen();
  if (!port) {
    return Fail(port.error());
  }
  std::printf("probity: listening on http://%s:%u (database: %s)\n", options.address.c_str(),
              static_cast<unsigned>(*port), (*store)->engine_name().c_str());
  std::fflush(stdout);
  server.Run();
  store->reset();  // closes every connection cleanly before exit
  std::printf("probity: stopped\n");
  return 0;
}

std::string DefaultAssets(const char* argv0) {
  // The build copies the front-end assets next to the binary (src/web/CMakeLists.txt).
  auto beside =
      std::filesystem::weakly_canonical(std::filesystem::path(argv0)).parent_path() / "assets";
  return beside.string();
}

int Main(int argc, char** argv) {
  CLI::App cli{"Probity: case management for probation services"};
  cli.require_subcommand(1);
  cli.set_version_flag("--version", kVersion);
  std::string db = "var/probity.db";
  auto add_db = [&db](CLI::App* command) {
    command->add_option("--db", db, "SQLite file path or postgresql:// URL")->capture_default_str();
  };

  auto* migrate = cli.add_subcommand("migrate", "Apply pending schema migrations");
  add_db(migrate);

  seed::SeedOptions seed_options;
  std::string today;
  auto* seed_cmd = cli.add_subcommand("seed", "Fill an empty database with a synthetic caseload");
  add_db(seed_cmd);
  seed_cmd->add_option("--people", seed_options.people, "How many people")
      ->check(CLI::Range(1, 899999))
      ->capture_default_str();
  seed_cmd->add_option("--seed", seed_options.seed, "Random seed")->capture_default_str();
  seed_cmd
      ->add_option("--contacts-per-person", seed_options.contacts_per_person,
                   "Mean contacts per person")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  seed_cmd
      ->add_option("--officers-per-team", seed_options.officers_per_team,
                   "Officers holding cases in each team (each team also has a senior officer)")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  seed_cmd->add_option("--today", today, "The date the caseload is seeded as of (YYYY-MM-DD)");

  ServeOptions serve_options;
  serve_options.assets = DefaultAssets(argv[0]);
  auto* serve = cli.add_subcommand("serve", "Run the web server");
  add_db(serve);
  serve->add_option("--port", serve_options.port, "TCP port; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve->add_option("--address", serve_options.address, "Address to listen on")
      ->capture_default_str();
  serve->add_option("--threads", serve_options.threads, "Server threads")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  serve->add_option("--assets", serve_options.assets, "Front-end assets folder")
      ->capture_default_str();

  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  app::NewUser new_user;
  auto* user_add = user->add_subcommand("add", "Create a user");
  add_db(user_add);
  user_add->add_option("--username", new_user.username)->required();
  user_add->add_option("--password", new_user.password)->required();
  user_add
      ->add_option("--role", new_user.role,
                   "responsible_officer, manager, court_officer, provider, analyst, admin")
      ->required();
  user_add->add_option("--staff", new_user.staff_code, "Staff code to link (officers, managers)");
  std::string token_user;
  auto* user_token = user->add_subcommand("token", "Print a new API bearer token for a user");
  add_db(user_token);
  user_token->add_option("--username", token_user)->required();

  int limit = 20;
  auto* staff = cli.add_subcommand("staff", "List staff");
  staff->require_subcommand(1);
  auto* staff_list = staff->add_subcommand("list", "Officers with their current caseload size");
  add_db(staff_list);
  staff_list->add_option("--limit", limit)->check(CLI::Range(1, 100000))->capture_default_str();

  std::string rar_crn;
  auto* rar = cli.add_subcommand("rar", "RAR days");
  rar->require_subcommand(1);
  auto* rar_status = rar->add_subcommand(
      "status", "A person's RAR days (RAR-5..RAR-7) as JSON, one line per RAR requirement");
  add_db(rar_status);
  rar_status->add_option("crn", rar_crn, "The person's CRN")->required();

  std::string worklist_team;
  std::string worklist_officer;
  bool worklist_json = false;
  auto* enforcement_cmd = cli.add_subcommand("enforcement", "Compliance and enforcement");
  enforcement_cmd->require_subcommand(1);
  auto* enforcement_due = enforcement_cmd->add_subcommand(
      "due",
      "The enforcement worklist of a team (or one officer): decisions, warnings, breaches "
      "and breach packs due, overdue first");
  add_db(enforcement_due);
  enforcement_due->add_option("--team", worklist_team, "The team's code");
  enforcement_due->add_option("--officer", worklist_officer, "An officer's staff code");
  enforcement_due->add_flag("--json", worklist_json, "Print JSON as the API returns it");

  CLI11_PARSE(cli, argc, argv);

  if (*migrate) {
    return Migrate(db);
  }
  if (*seed_cmd) {
    SystemClock clock;
    seed_options.today = clock.Today();
    if (!today.empty()) {
      auto parsed = ParseDate(today);
      if (!parsed) {
        return Fail(InvalidArgument("today", "INVALID_DATE", "--today must be YYYY-MM-DD"));
      }
      seed_options.today = *parsed;
    }
    return Seed(db, seed_options);
  }
  if (*serve) {
    return Serve(db, serve_options);
  }
  auto store = OpenStore(db, 1);
  if (!store) {
    return Fail(store.error());
  }
  SystemClock clock;
  app::Context ctx{**store, clock};
  if (*user_add) {
    auto id = app::AddUser(ctx, new_user);
    if (!id) {
      return Fail(id.error());
    }
    std::cout << "probity: user " << new_user.username << " added (" << new_user.role << ")\n";
    return 0;
  }
  if (*user_token) {
    auto token = app::IssueApiToken(ctx, token_user);
    if (!token) {
      return Fail(token.error());
    }
    std::cout << *token << "\n";
    return 0;
  }
  if (*enforcement_due) {
    auto worklist = app::ViewWorklist(ctx, ConsoleActor(), worklist_team, worklist_officer);
    if (!worklist) {
      return Fail(worklist.error());
    }
    std::cout << (worklist_json ? http::WorklistJson(*worklist) + "\n" : WorklistText(*worklist));
    return 0;
  }
  if (*rar_status) {
    auto statuses = app::ViewRarStatuses(ctx, ConsoleActor(), rar_crn);
    if (!statuses) {
      return Fail(statuses.error());
    }
    if (statuses->empty()) {
      std::cerr << "probity: " << rar_crn << " has no RAR requirement\n";
      return 1;
    }
    for (const auto& status : *statuses) {
      std::cout << http::RarStatusJson(status) << "\n";
    }
    return 0;
  }
  if (*staff_list) {
    auto officers = app::ListOfficers(ctx, ConsoleActor(), limit);
    if (!officers) {
      return Fail(officers.error());
    }
    for (const auto& o : *officers) {
      std::cout << o.officer.code << "\t" << o.officer.first_name << " " << o.officer.surname
                << "\t" << org::GradeCode(o.officer.grade) << "\t" << o.team_name << "\t" << o.cases
                << "\n";
    }
    return 0;
  }
  return 0;
}

}  // namespace
}  // namespace probity

int main(int argc, char** argv) {
  try {
    return probity::Main(argc, argv);
  } catch (const std::exception& e) {
    // The edge: anything thrown below is a bug; say so and exit non-zero.
    std::cerr << "probity: internal error: " << e.what() << "\n";
    return 1;
  }
}
