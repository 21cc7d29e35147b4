#!/usr/bin/env bash
# Makes sure the Lucene Java peer can be compiled and run: a JDK (javac), Lucene 8 (Debian's liblucene8-java, jars in
# /usr/share/java) and Jackson (the peer reads the article dump and writes its results as JSON). Installs what is
# missing with apt-get (root only).
set -euo pipefail
missing=()
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
compgen -G "/usr/share/java/lucene-core-*.jar" >/dev/null || missing+=(liblucene8-java)
[[ -f /usr/share/java/jackson-databind.jar ]] || missing+=(libjackson2-databind-java)
if (( ${#missing[@]} > 0 )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing ${missing[*]} and $(id -un) cannot apt-get install them" >&2
    exit 3
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${missing[@]}" >&2 || { apt-get update >&2 && apt-get install -y "${missing[@]}" >&2; }
fi
command -v javac >/dev/null 2>&1 && compgen -G "/usr/share/java/lucene-core-*.jar" >/dev/null && [[ -f /usr/share/java/jackson-databind.jar ]]
