#!/usr/bin/env bash
# Start or stop a throw-away Virtuoso Open Source (Debian package) bound to 127.0.0.1 only, with
# the settings Parley needs: ResultSetMaxRows raised (the Debian default silently truncates at
# 10000 rows), anonymous SPARQL update and Graph Store writes allowed (loopback only: a test
# instance, never a production setup — use /sparql-auth with a password there).
#   scripts/virtuoso.sh start DIR [HTTP_PORT] [SQL_PORT]   prints the SPARQL endpoint URL
#   scripts/virtuoso.sh stop DIR
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}; http=${3:-8890}; sql=${4:-1111}
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
case "$cmd" in
start)
  if ! command -v virtuoso-t >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq virtuoso-opensource >/dev/null
  fi
  sed -e "s#@DIR@#$dir#g" -e "s#@HTTP@#$http#g" -e "s#@SQL@#$sql#g" \
    "$(dirname "$0")/virtuoso.ini.in" > "$dir/virtuoso.ini"
  (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >/dev/null
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" && break; sleep 0.5
  done
  isql-vt "127.0.0.1:$sql" dba dba exec='GRANT SPARQL_UPDATE TO "SPARQL";' >/dev/null
  isql-vt "127.0.0.1:$sql" dba dba exec="DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >/dev/null
  echo "http://127.0.0.1:$http/sparql"
  ;;
stop)
  isql-vt "127.0.0.1:$sql" dba dba exec='shutdown;' >/dev/null 2>&1 || true
  if [ -f "$dir/virtuoso.lck" ]; then
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null || true)
    [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  fi
  ;;
*) echo "usage: $0 start|stop DIR [HTTP_PORT] [SQL_PORT]" >&2; exit 2 ;;
esac
