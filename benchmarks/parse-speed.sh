#!/usr/bin/env bash
# Parse speed, ours beside CPython's, on the same files in one run: lines per second from
# source text to AST (CPython: ast.parse; Terrarium: PythonFrontEnd.parse in steady state,
# under JMH). The files are listed in benchmarks/parse-corpus.txt.
#
# Both sides report their best pass over the corpus (CPython: best of 10 after a warm-up pass;
# Terrarium: best JMH measurement iteration after JIT warm-up): on a shared, loaded machine the
# best pass is the one least disturbed by other processes, for both alike.
#
# Usage: benchmarks/parse-speed.sh     (after `mvn -B -DskipTests package`, which builds
#                                        benchmarks/target/benchmarks.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
python="${PYTHON:-python3}"
jar="$here/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "parse-speed.sh: build first: mvn -B -DskipTests package" >&2; exit 2; }
stdlib="$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
corpus="$here/parse-corpus.txt"
json="$(mktemp)"
trap 'rm -f "$json"' EXIT

read -r lines cpy_seconds < <("$python" - "$stdlib" "$corpus" <<'PY'
import ast, sys, time
stdlib, corpus = sys.argv[1], sys.argv[2]
names = [l.strip() for l in open(corpus) if l.strip() and not l.startswith('#')]
sources = [open(f"{stdlib}/{n}", encoding='utf-8').read() for n in names]
lines = sum(len(s.splitlines()) for s in sources)
times = []
for _ in range(11):
    t = time.perf_counter()
    for s in sources:
        ast.parse(s)
    times.append(time.perf_counter() - t)
print(lines, min(times[1:]))
PY
)

cd "$root"
java -Djmh.ignoreLock=true -jar "$jar" ParseBenchmark -p stdlib="$stdlib" -p corpus="$corpus" \
    -wi 10 -i 10 -w 1 -r 1 -rf json -rff "$json" >/dev/null
ours_ms=$("$python" -c 'import json, sys; r = json.load(open(sys.argv[1]))[0]; print(min(x for it in r["primaryMetric"]["rawData"] for x in it))' "$json")

awk -v lines="$lines" -v c="$cpy_seconds" -v t="$ours_ms" 'BEGIN {
    cps = lines / c; tps = lines / (t / 1000);
    printf "corpus: %d lines\n", lines;
    printf "CPython 3.11 ast.parse:       %8.0f lines/s\n", cps;
    printf "Terrarium PythonFrontEnd:     %8.0f lines/s\n", tps;
    printf "Terrarium / CPython:          %8.2f\n", tps / cps;
}'
