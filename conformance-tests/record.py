#!/usr/bin/env python3
"""Record the expected output of conformance cases from CPython 3.11.

Usage: python3 conformance-tests/record.py [case.py ...]   (default: every case)

For each case <dir>/<name>.py this runs `python3 -B -X utf8 <name>.py` (-B: no __pycache__ beside the cases) with cwd=<dir>,
a clean environment and PYTHONHASHSEED=0, and writes beside it:
  <name>.out   stdout, byte for byte
  <name>.err   stderr, with the case's absolute directory removed from traceback lines
               (`File "/abs/dir/name.py", line N` becomes `File "name.py", line N`)
  <name>.exit  the exit code, one line
These files are the specification; they are never edited by hand, only rewritten by this script.
"""
import os
import subprocess
import sys
from pathlib import Path

CASES_ROOT = Path(__file__).resolve().parent / "cases"
REQUIRED_VERSION = (3, 11)
TIMEOUT_SECONDS = 60


def is_case(path):
    # Cases are cases/<area>/<name>.py; deeper files are modules the cases import.
    return len(path.relative_to(CASES_ROOT).parts) == 2


def find_cases(argv):
    if not argv:
        return sorted(p for p in CASES_ROOT.rglob("*.py") if is_case(p))
    cases = []
    for arg in argv:
        path = Path(arg).resolve()
        if path.is_dir():
            cases.extend(sorted(p for p in path.rglob("*.py") if is_case(p)))
        elif path.suffix == ".py" and path.is_file():
            cases.append(path)
        else:
            sys.exit(f"record.py: not a case file or folder: {arg}")
    return cases


def clean_env():
    # Only what python3 needs to start; PYENV_* and PATH keep pyenv shims working.
    env = {key: value for key, value in os.environ.items()
           if key == "PATH" or key == "HOME" or key.startswith("PYENV")}
    env["PYTHONHASHSEED"] = "0"
    return env


def check_python_version(env):
    probe = subprocess.run(
        ["python3", "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        capture_output=True, text=True, env=env, check=True)
    found = tuple(int(part) for part in probe.stdout.split())
    if found != REQUIRED_VERSION:
        sys.exit("record.py: python3 is %d.%d; expectations must come from CPython %d.%d"
                 % (found + REQUIRED_VERSION))


def record(case, env):
    directory = case.parent
    result = subprocess.run(
        ["python3", "-B", "-X", "utf8", case.name],
        cwd=directory, env=env, capture_output=True, timeout=TIMEOUT_SECONDS)
    prefix = (str(directory) + os.sep).encode("utf-8")
    stderr = result.stderr.replace(b'File "' + prefix, b'File "')
    stem = case.with_suffix("")
    stem.with_suffix(".out").write_bytes(result.stdout)
    stem.with_suffix(".err").write_bytes(stderr)
    stem.with_suffix(".exit").write_text("%d\n" % result.returncode)
    return result.returncode


def main():
    env = clean_env()
    check_python_version(env)
    cases = find_cases(sys.argv[1:])
    for case in cases:
        code = record(case, env)
        print("%-50s exit %d" % (case.relative_to(CASES_ROOT), code))
    print("recorded %d case(s)" % len(cases))


if __name__ == "__main__":
    main()
