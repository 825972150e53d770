# Shared by test.sh and bench.sh: installs what is missing from Debian's packages and starts a throwaway
# PostgreSQL server on 127.0.0.1, stopped when the calling script exits. Sets $port.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
dpkg -s postgresql-contrib >/dev/null 2>&1 || missing+=(postgresql-contrib)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A throwaway PostgreSQL server
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/portal-pg.XXXXXX)
port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

pg_user=postgres
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown "$pg_user" "$pgdata"; else pg_user=$(id -un); fi


stop_pg() {
  run_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdata"
}
trap stop_pg EXIT

log "starting PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
run_pg "$pgbin/initdb" -D "$pgdata/data" -E UTF8 --locale=C.UTF-8 -A trust -U portal_test >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
