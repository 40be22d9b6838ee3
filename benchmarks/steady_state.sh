#!/usr/bin/env bash
# Steady-state speed, side by side: the bench_* functions of steady_state.py timed warm in
# CPython (in-process repeats) and in one JVM (JMH, CompiledPathBenchmark), then the ratios.
#
# Usage: benchmarks/steady_state.sh [bench_name ...]   (default: every bench_* of SIZES)
# Needs benchmarks/target/benchmarks.jar: mvn -q -B -o -DskipTests -pl benchmarks -am package
# Environment: PYTHON (default python3).
#
# CPython runs first, then JMH, then CPython again; its figure is the best (minimum) of all its
# repeats, JMH's the average of its measurement iterations. Above 1 in the last column means
# Terrarium is faster.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
source_file="$here/src/main/resources/dev/terrarium/benchmarks/steady_state.py"
python="${PYTHON:-python3}"
if [[ ! -f "$jar" ]]; then
    echo "steady_state.sh: no $jar (mvn -q -B -o -DskipTests -pl benchmarks -am package)" >&2
    exit 2
fi
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
    mapfile -t names < <("$python" -c "
g = {}
exec(open('$source_file').read(), g)
print('\n'.join(g['SIZES']))")
fi

cpython_times() {
    "$python" - "$source_file" "${names[@]}" <<'PY'
import sys, timeit
g = {"__name__": "bench"}
exec(open(sys.argv[1]).read(), g)
for name in sys.argv[2:]:
    f, n = g[name], g["SIZES"][name]
    t = min(timeit.repeat(lambda: f(n), number=1, repeat=7))
    print(name, t * 1000)
PY
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cpython_times >"$work/py1"
java -jar "$jar" CompiledPathBenchmark -p name="$(IFS=,; echo "${names[*]}")" \
    -rf json -rff "$work/jmh.json" >"$work/jmh.log" 2>&1 || { cat "$work/jmh.log" >&2; exit 1; }
cpython_times >"$work/py2"

"$python" - "$work" <<'PY'
import json, sys
work = sys.argv[1]
py = {}
for f in ("py1", "py2"):
    for line in open(f"{work}/{f}"):
        name, ms = line.split()
        py[name] = min(py.get(name, float("inf")), float(ms))
print("%-18s %14s %14s %14s" % ("benchmark", "terrarium ms", "python3 ms", "py/terrarium"))
for r in json.load(open(f"{work}/jmh.json")):
    name = r["params"]["name"]
    ms = r["primaryMetric"]["score"]
    print("%-18s %14.2f %14.2f %14.2f" % (name, ms, py[name], py[name] / ms))
PY
