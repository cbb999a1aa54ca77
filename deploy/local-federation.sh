#!/usr/bin/env bash
# A local three-region federation: south, centre and north nodes on 127.0.0.1:8181, 8182 and 8183, each
# with its own embedded Neo4j in data/federation/<node>/ and the demo data of its region.
#   deploy/local-federation.sh start    start the three nodes (builds the node first if needed), wait for them
#   deploy/local-federation.sh stop     stop them
#   deploy/local-federation.sh status   say which are running and healthy
#   deploy/local-federation.sh load [options]    (stopped) fill each node with synthetic services for the
#                                                bench: --services N (default 100000); needs Maven
#   deploy/local-federation.sh bench [options]   federated vs local search on the running federation
#                                                (needs Maven; --help lists the options)
# Configs: deploy/config/federation-<node>.json. Logs and pid files: data/federation/run/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/data/federation/run"
NODES=(south centre north)
declare -A PORTS=([south]=8181 [centre]=8182 [north]=8183)
START_TIMEOUT_S="${ENLACE_START_TIMEOUT_S:-240}"

pid_of() {
  local file="$RUN/$1.pid"
  [ -f "$file" ] || return 1
  local pid
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

health() {
  curl -fsS --max-time 2 "http://127.0.0.1:${PORTS[$1]}/health" 2>/dev/null || true
}

wait_healthy() {
  local node="$1" deadline=$((SECONDS + START_TIMEOUT_S))
  until health "$node" | grep -q '"status":"UP"'; do
    if ! pid_of "$node" >/dev/null; then
      echo "$node stopped while starting; the end of its log:" >&2
      tail -n 20 "$RUN/$node.log" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$node is not healthy after ${START_TIMEOUT_S}s; see $RUN/$node.log" >&2
      exit 1
    fi
    sleep 1
  done
}

start() {
  mkdir -p "$RUN"
  # One build before three starts, so that the nodes do not race to build.
  "$ROOT/enlace" --version >/dev/null
  # One node after the other: three first starts at once (gazetteer, demo data, indexes) can starve a
  # small machine past the store's query time limit.
  for node in "${NODES[@]}"; do
    if pid="$(pid_of "$node")"; then
      echo "$node is already running (pid $pid)"
      continue
    fi
    nohup "$ROOT/enlace" serve --config "$ROOT/deploy/config/federation-$node.json" \
      >"$RUN/$node.log" 2>&1 </dev/null &
    echo $! >"$RUN/$node.pid"
    echo "started $node (pid $!), log $RUN/$node.log"
    wait_healthy "$node"
  done
  echo
  echo "The local federation is up (fictional demo data):"
  for node in "${NODES[@]}"; do
    printf '  %-6s GraphiQL http://127.0.0.1:%s/graphiql/   node http://127.0.0.1:%s/.well-known/enlace-node\n' \
      "$node" "${PORTS[$node]}" "${PORTS[$node]}"
  done
  echo "Try a federated search from the south: shelters near Tapachula in every region, nearest first:"
  echo "  curl -s http://127.0.0.1:8181/graphql -H 'Content-Type: application/json' -d '{\"query\":\"{ searchServices(municipality: \\\"07089\\\", radiusKm: 4000, categories: [\\\"enl:shelter\\\"], scope: FEDERATED) { edges { distanceKm nodeId node { name region } } federation { peers { id status tookMs count } } } }\"}'"
  echo "Stop with: deploy/local-federation.sh stop"
}

stop() {
  for node in "${NODES[@]}"; do
    if pid="$(pid_of "$node")"; then
      kill "$pid"
      for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "$node (pid $pid) did not stop within 60 s; sending KILL" >&2
        kill -9 "$pid"
      fi
      echo "stopped $node"
    else
      echo "$node is not running"
    fi
    rm -f "$RUN/$node.pid"
  done
}

status() {
  local down=0
  for node in "${NODES[@]}"; do
    if pid="$(pid_of "$node")"; then
      printf '%-6s running (pid %s) on http://127.0.0.1:%s  health: %s\n' "$node" "$pid" "${PORTS[$node]}" \
        "$(health "$node" || echo unreachable)"
    else
      printf '%-6s stopped\n' "$node"
      down=1
    fi
  done
  return "$down"
}

# Runs a class of the benchmark package (test classpath) through Maven: $1 the class, $2 the heap, the rest its options.
bench_main() {
  local main="$1" heap="$2"
  shift 2
  if [ -n "${JAVA_HOME:-}" ] && [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)" -ge 23 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
  (cd "$ROOT" && mvn -B -q -ntp -pl broker -am -Pbench test -Dbench.heap="$heap" \
    -Dbench.main="enlace.broker.bench.$main" -Dbench.args="$*")
}

load() {
  for node in "${NODES[@]}"; do
    if pid="$(pid_of "$node")"; then
      echo "$node is running (pid $pid): stop the federation before loading" >&2
      exit 1
    fi
  done
  bench_main FederationLoad 2g --data-dir "$ROOT/data/federation" "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  load) shift; load "$@" ;;
  bench) shift; bench_main FederationBenchmark 512m "$@" ;;
  *) echo "usage: deploy/local-federation.sh start|stop|status|load|bench [options]" >&2; exit 2 ;;
esac
