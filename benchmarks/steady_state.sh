#!/usr/bin/env bash
# Steady-state speed, side by side: the bench_* functions of steady_state.py (a resource of
# this module) called repeatedly in one warm CPython and in one warm JVM, then the ratios.
#
# Usage: benchmarks/steady_state.sh [-r ROUNDS] [bench_name ...]   (default: every bench_* of SIZES)
# Needs benchmarks/target/benchmarks.jar: mvn -q -B -o -DskipTests -pl benchmarks -am package
# Environment: PYTHON (default python3).
#
# Each round runs CPython then Terrarium (SteadyStateMain: 20 calls per function in a fresh
# JVM); each figure is the best single call over all rounds (CPython: min of 7 timeit repeats
# per round), so that background load on a shared machine disturbs both alike. Both must
# return the same value. Above 1 in the last column means Terrarium is faster.
# For profiles and error bars, use JMH directly: java -jar benchmarks/target/benchmarks.jar
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
source_file="$here/src/main/resources/dev/terrarium/benchmarks/steady_state.py"
python="${PYTHON:-python3}"
rounds=3
if [[ "${1:-}" == "-r" ]]; then
    rounds="${2:?-r needs a number}"
    shift 2
fi
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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 0; r < rounds; r++)); do
    "$python" - "$source_file" "${names[@]}" >>"$work/py" <<'PY'
import sys, timeit
g = {"__name__": "bench"}
exec(open(sys.argv[1]).read(), g)
for name in sys.argv[2:]:
    f, n = g[name], g["SIZES"][name]
    t = min(timeit.repeat(lambda: f(n), number=1, repeat=7))
    print(name, t * 1000, repr(f(n)))
PY
    java -cp "$jar" dev.terrarium.benchmarks.SteadyStateMain 20 "${names[@]}" >>"$work/terrarium"
done

"$python" - "$work" "$rounds" <<'PY'
import sys
work, rounds = sys.argv[1], sys.argv[2]
def best(path):
    times, results = {}, {}
    for line in open(path):
        name, ms, result = line.split(" ", 2)
        times[name] = min(times.get(name, float("inf")), float(ms))
        results[name] = result.strip()
    return times, results
t, tr = best(f"{work}/terrarium")
p, pr = best(f"{work}/py")
print("%-18s %13s %13s %13s" % ("benchmark", "terrarium ms", "python3 ms", "py/terrarium"))
for name in p:
    note = "" if tr.get(name) == pr[name] else "  RESULT DIFFERS"
    print("%-18s %13.2f %13.2f %13.2f%s" % (name, t[name], p[name], p[name] / t[name], note))
print("(best single warm call over %s interleaved rounds)" % rounds)
PY
