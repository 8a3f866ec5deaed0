# Sourced by scripts: starts a throw-away PostgreSQL 15 cluster on 127.0.0.1 and stops it on exit.
# After pg_start, PROBITY_TEST_PG holds its URL.
PGBIN=/usr/lib/postgresql/15/bin

pg_free_port() {
  # A random high port; a clash only fails pg_ctl start, which reports it.
  shuf -i 20000-60000 -n 1
}

pg_start() {
  PG_DIR=$(mktemp -d /tmp/probity-pg.XXXXXX)
  local port
  port=$(pg_free_port)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 \
    --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  "${as[@]}" "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off" start >/dev/null ||
    { cat "$PG_DIR/log"; return 1; }
  PG_AS=("${as[@]}")
  export PROBITY_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
  trap pg_stop EXIT
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_AS[@]}" "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
