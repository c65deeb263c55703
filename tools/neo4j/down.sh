#!/usr/bin/env bash
# Stop the local Neo4j started by up.sh: SIGTERM (Neo4j shuts down cleanly), then SIGKILL
# if it is still there after CONFLICTKG_NEO4J_STOP_TIMEOUT seconds. Idempotent.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pidfile="$here/run/neo4j.pid"
grace="${CONFLICTKG_NEO4J_STOP_TIMEOUT:-60}"

. "$here/lib.sh"

if ! pid=$(running_pid); then
    rm -f "$pidfile" "$here/run/neo4j.port"
    echo "neo4j: not running"
    exit 0
fi

kill -TERM "$pid" 2>/dev/null || true
deadline=$(($(date +%s) + grace))
while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
    sleep 0.5
done
how="cleanly"
if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    how="with SIGKILL after ${grace}s"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
fi
rm -f "$pidfile" "$here/run/neo4j.port"
echo "neo4j: stopped (pid $pid) $how"
