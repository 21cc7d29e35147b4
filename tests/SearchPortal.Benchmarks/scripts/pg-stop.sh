#!/usr/bin/env bash
# Stops the throwaway cluster started by pg-start.sh and deletes its data folder.
# Usage: pg-stop.sh DATADIR
set -uo pipefail
datadir="$1"
bin=/usr/lib/postgresql/15/bin
if [[ -f "$datadir/postmaster.pid" ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null
  else
    "$bin/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null
  fi
fi
case "$datadir" in
  */searchportal-pg-*) rm -rf -- "$datadir" ;;
  *) echo "not deleting $datadir: not a benchmark cluster folder" >&2 ;;
esac
