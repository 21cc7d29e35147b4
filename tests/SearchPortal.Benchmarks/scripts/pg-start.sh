#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the benchmark: data in DATADIR (created), listening on
# 127.0.0.1:PORT only, trust auth for the superuser "bench". Installs Debian's postgresql package first
# when /usr/lib/postgresql/15/bin/initdb is missing. Run as root, the cluster runs as the postgres user.
# Usage: pg-start.sh DATADIR PORT        Stop and delete it with pg-stop.sh DATADIR.
set -euo pipefail
datadir="$1"
port="$2"
bin=/usr/lib/postgresql/15/bin

if [[ ! -x "$bin/initdb" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "PostgreSQL 15 is not installed and $(id -un) cannot apt-get install it" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y postgresql >&2 || { apt-get update >&2 && apt-get install -y postgresql >&2; }
fi

as_owner=()
mkdir -p "$datadir"
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$datadir"
  as_owner=(runuser -u postgres --)
fi
chmod 700 "$datadir"

"${as_owner[@]}" "$bin/initdb" -D "$datadir" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Throwaway cluster: durability off for the bulk load; memory sized for a 2-core, 24 GB machine shared with others.
cat >> "$datadir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$datadir'
shared_buffers = 1GB
effective_cache_size = 8GB
work_mem = 64MB
maintenance_work_mem = 1GB
max_wal_size = 8GB
fsync = off
synchronous_commit = off
full_page_writes = off
jit = off
CONF
"${as_owner[@]}" "$bin/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 120 start >/dev/null
echo "postgres: started on 127.0.0.1:$port, data in $datadir" >&2
