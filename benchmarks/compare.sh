#!/usr/bin/env bash
# Side-by-side wall-clock timing of benchmarks/programs/*.py under ./terrarium and under CPython.
#
# Usage: benchmarks/compare.sh [-n RUNS] [program.py ...]
#   -n RUNS   runs per program and interpreter (default 5), interleaved terrarium/python3 so that
#             background load affects both alike
#   programs  default: every benchmarks/programs/*.py (hello.py measures start-up)
# Environment: TERRARIUM (default ./terrarium at the repository root), PYTHON (default python3;
# resolved to the real executable so a pyenv shim's own start-up is not counted).
#
# Prints, per program, the median wall time of each and the ratio python3/terrarium (above 1 means
# terrarium is faster). It also checks that both printed the same stdout and exited 0, and marks
# the row otherwise: a fast wrong answer is not a result.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=5
if [[ "${1:-}" == "-n" ]]; then
    runs="${2:?-n needs a number}"
    shift 2
fi
if [[ $# -gt 0 ]]; then
    programs=("$@")
else
    programs=("$here"/programs/*.py)
fi
terrarium="${TERRARIUM:-$root/terrarium}"
python="$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')"

if [[ ! -x "$terrarium" ]]; then
    echo "compare.sh: no executable $terrarium (build the project first, or set TERRARIUM)" >&2
    exit 2
fi

# ./terrarium rebuilds its jar when sources changed: do that now, outside the measurements.
"$terrarium" "$here/programs/hello.py" >/dev/null || {
    echo "compare.sh: $terrarium cannot run hello.py" >&2
    exit 2
}

exec "$python" - "$runs" "$terrarium" "$python" "${programs[@]}" <<'PY'
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
terrarium, python = sys.argv[2], sys.argv[3]
programs = sys.argv[4:]


def timed(command, cwd):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True)
    return time.perf_counter() - start, result


print("%-16s %12s %12s %14s  %s" % ("program", "terrarium s", "python3 s", "py/terrarium", "note"))
for program in programs:
    path = os.path.abspath(program)
    cwd, name = os.path.dirname(path), os.path.basename(path)
    ours, theirs, notes = [], [], set()
    for _ in range(runs):
        seconds, mine = timed([terrarium, name], cwd)
        ours.append(seconds)
        seconds, ref = timed([python, name], cwd)
        theirs.append(seconds)
        if mine.returncode != 0:
            notes.add("terrarium exit %d" % mine.returncode)
        if ref.returncode != 0:
            notes.add("python3 exit %d" % ref.returncode)
        if mine.stdout != ref.stdout:
            notes.add("OUTPUT DIFFERS")
    t, p = statistics.median(ours), statistics.median(theirs)
    print("%-16s %12.3f %12.3f %14.2f  %s" % (name, t, p, p / t, ", ".join(sorted(notes))))
print("(median of %d interleaved runs each; %s)" % (runs, python))
PY
