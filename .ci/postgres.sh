# Starts a local PostgreSQL server in a temporary folder on a free port (sourced by .ci/run and bench).
# initdb refuses to run as root, so as root the server runs as the 'postgres' system user.
PG_DIR=""
PG_PORT=""

start_postgres() {
  PG_DIR=$(mktemp -d /tmp/huurronde-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  local als=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$PG_DIR"
    als=(runuser -u postgres --)
  fi
  "${als[@]}" initdb -D "$PG_DIR/data" -A trust -U huurronde -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  "${als[@]}" pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
  createdb -h 127.0.0.1 -p "$PG_PORT" -U huurronde huurronde
  export HUURRONDE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/huurronde"
  export HUURRONDE_TEST_PG_USER=huurronde
  echo "PostgreSQL draait op 127.0.0.1:$PG_PORT ($PG_DIR)"
}

stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    local als=()
    [ "$(id -u)" = "0" ] && als=(runuser -u postgres --)
    "${als[@]}" pg_ctl -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
