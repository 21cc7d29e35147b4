#!/usr/bin/env bash
# Makes sure COMMAND exists, installing the Debian PACKAGE with apt-get when it is missing (root only).
# Usage: ensure-package.sh COMMAND PACKAGE
set -euo pipefail
command -v "$1" >/dev/null 2>&1 && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "$1 is missing and $(id -un) cannot apt-get install $2" >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y "$2" >&2 || { apt-get update >&2 && apt-get install -y "$2" >&2; }
command -v "$1" >/dev/null 2>&1
