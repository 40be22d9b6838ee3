#!/usr/bin/env python3
"""Writes the generated cases of conformance-tests/cases/sizes/ (programs too large to write by hand).

Usage: python3 conformance-tests/tools/gen_sizes.py, then record them with record.py.
The output is deterministic: running it again rewrites the same files.

- module_20000_lines.py: 20,000 lines of top-level statements (assignments, ifs, loops, try,
  defs, classes), so the module's code needs many JVM methods.
- function_5000_lines.py: one 5,000-line function with loops, break/continue, try/except/
  finally, with, closures and returns deep inside, called in several modes; it ends with an
  uncaught exception deep in the function, so the traceback's line is checked too.
- generator_5000_lines.py: one 5,000-line generator with yields inside loops and try
  blocks, driven with next, send, throw and close.
- module_main_block.py: a module whose code is one huge `if __name__ == '__main__':` block.
"""
from pathlib import Path

SIZES = Path(__file__).resolve().parent.parent / "cases" / "sizes"


def module_lines(target):
    out = ["# A module of 20,000 lines of top-level statements runs (spread over many JVM methods).",
           "total = 0",
           "names = []",
           "def square(x):",
           "    return x * x"]
    k = 0
    while len(out) < target - 3 - 4:
        k += 1
        kind = k % 10
        if kind == 0:
            out += [f"if total % 3 == {k % 3}:",
                    f"    total += {k}",
                    "else:",
                    f"    total -= {k % 7}"]
        elif kind == 1:
            out += [f"for i in range({k % 4 + 1}):",
                    "    total += square(i)"]
        elif kind == 2:
            out += ["try:",
                    f"    total += {k} // (total % 5)",
                    "except ZeroDivisionError:",
                    "    total += 1"]
        elif kind == 3:
            out += [f"def helper_{k}(a, b={k}):",
                    "    return a + b",
                    f"total += helper_{k}({k % 11})"]
        elif kind == 4:
            out += [f"names.append('n{k}')"]
        elif kind == 5:
            out += [f"x_{k} = [total % {k}, {k}]",
                    f"total += sum(x_{k})"]
        elif kind == 6:
            out += [f"class C{k}:",
                    f"    v = {k}",
                    f"total += C{k}.v % 13"]
        elif kind == 7:
            out += ["while total > 10 ** 6:",
                    "    total //= 2"]
        elif kind == 8:
            out += [f"total ^= {k}"]
        else:
            if k % 1000 == 9:
                out += [f"print({k}, total, len(names))"]
            else:
                out += [f"total = total + {k % 17}"]
    while len(out) < target - 3:
        out += ["total += 1"]
    out += ["print('names', len(names), names[:3], names[-2:])",
            "print('total', total)",
            "print('x', x_15, C16.v, helper_13(1))"]
    assert len(out) == target
    return out


def pad(indent, n, k0=0):
    return [f"{indent}acc = (acc * 31 + {(k0 + i) % 97}) % 1000003" for i in range(n)]


def function_lines():
    out = ["# conformance: full-stderr",
           "# One function of 5,000 lines (more than one JVM method can hold) runs: loops, break,",
           "# continue, try/except/finally, with, closures and returns across its parts.",
           "class Managed:",
           "    def __init__(self, log):",
           "        self.log = log",
           "    def __enter__(self):",
           "        self.log.append('enter')",
           "        return self",
           "    def __exit__(self, kind, value, tb):",
           "        self.log.append('exit ' + (kind.__name__ if kind else 'ok'))",
           "        return kind is KeyError",
           "",
           "def huge(mode, n):",
           "    acc = 7",
           "    log = []",
           "    def note(what):",
           "        log.append((what, acc % 1000))",
           "        return len(log)"]
    out += pad("    ", 500, 1)
    out += ["    for i in range(n):"]
    out += pad("        ", 450, 2)
    out += ["        if i == 1:",
            "            continue",
            "        note('loop')",
            "        if mode == 'break' and i == 2:",
            "            break",
            "        if mode == 'return-in-loop' and i == 3:",
            "            return 'returned in loop', acc, log"]
    out += pad("        ", 450, 3)
    out += ["    else:",
            "        note('loop else')",
            "    try:"]
    out += pad("        ", 450, 4)
    out += ["        if mode == 'raise':",
            "            raise ValueError('bad ' + str(acc % 100))",
            "        if mode == 'return-in-try':",
            "            return 'returned in try', acc"]
    out += pad("        ", 450, 5)
    out += ["    except ValueError as exc:",
            "        note('except ' + str(exc))"]
    out += pad("        ", 450, 6)
    out += ["    finally:",
            "        note('finally')"]
    out += pad("        ", 450, 7)
    out += ["    with Managed(log):"]
    out += pad("        ", 450, 8)
    out += ["        if mode == 'key':",
            "            raise KeyError('suppressed')",
            "        if mode == 'return-in-with':",
            "            return 'returned in with', acc, log"]
    out += pad("        ", 450, 9)
    out += ["    while True:"]
    out += pad("        ", 450, 10)
    out += ["        if mode == 'fail':",
            "            print(log[-1][0], 1 / (acc - acc))",
            "        break"]
    count_so_far = len(out)
    rest = 5000 - (count_so_far - 13) - 2  # the function spans lines 14..(14+5000-1)
    out += pad("    ", rest, 11)
    out += ["    note('end')",
            "    return acc, log"]
    body = out[13:]
    assert len(body) == 5000, len(body)
    out += ["",
            "for mode in ['plain', 'break', 'return-in-loop', 'raise', 'return-in-try', 'key', 'return-in-with']:",
            "    print(mode, huge(mode, 5))",
            "print(huge('plain', 0)[0])",
            "huge('fail', 3)"]
    return out


def generator_lines():
    out = ["# One generator of 5,000 lines runs: yields inside loops and try blocks, resumed by",
           "# next, send and throw, closed while suspended, and its return value.",
           "def counter():",
           "    acc = 11",
           "    seen = []"]
    out += pad("    ", 600, 1)
    out += ["    got = yield ('start', acc)",
            "    seen.append(got)",
            "    for i in range(4):"]
    out += pad("        ", 600, 2)
    out += ["        if i == 2:",
            "            continue",
            "        got = yield ('loop', i, acc)",
            "        seen.append(got)",
            "        if got == 'stop':",
            "            break"]
    out += pad("        ", 600, 3)
    out += ["    try:"]
    out += pad("        ", 600, 4)
    out += ["        got = yield ('try', acc)",
            "        if got == 'raise':",
            "            raise KeyError(acc % 10)"]
    out += pad("        ", 600, 5)
    out += ["    except KeyError as exc:",
            "        seen.append('caught ' + repr(exc))",
            "    finally:",
            "        seen.append('finally')"]
    out += pad("        ", 600, 6)
    out += ["    sub = yield from range(2)",
            "    seen.append(sub)"]
    rest = 5000 - (len(out) - 2) - 2
    out += pad("    ", rest, 7)
    out += ["    yield ('last', acc)",
            "    return acc, seen"]
    assert len(out) - 2 == 5000, len(out)
    out += ["",
            "def drive(sends):",
            "    g = counter()",
            "    out = [next(g)]",
            "    try:",
            "        for s in sends:",
            "            out.append(g.send(s))",
            "        while True:",
            "            out.append(next(g))",
            "    except StopIteration as stop:",
            "        out.append(('return', stop.value))",
            "    return out",
            "",
            "for line in drive(['a', 'b', 'c', 'd', 'e']):",
            "    print(line)",
            "for line in drive(['a', 'stop', 'raise']):",
            "    print(line)",
            "g = counter()",
            "print(next(g), g.send(1))",
            "try:",
            "    g.throw(ValueError('thrown in'))",
            "except ValueError as exc:",
            "    print('propagated', exc)",
            "g = counter()",
            "next(g)",
            "next(g)",
            "g.close()",
            "print('closed', list(g))",
            "print(len(list(counter())))"]
    return out


def main_block_lines():
    out = ["# conformance: full-stderr",
           "# A module whose code is one 6,000-line `if __name__ == '__main__':` block (a single",
           "# statement too large for one JVM method): loops, try/finally, a def, and an error at the end.",
           "acc = 3",
           "if __name__ == '__main__':",
           "    for i in range(3):"]
    out += pad("        ", 1800, 1)
    out += ["        if i == 1:",
            "            continue",
            "        try:"]
    out += pad("            ", 1800, 2)
    out += ["            if i == 2:",
            "                raise ValueError(acc % 1000)",
            "        except ValueError as exc:",
            "            print('caught', exc)",
            "        finally:",
            "            print('finally', i, acc % 1000)"]
    out += pad("    ", 2400 - 18, 3)
    out += ["    def report():",
            "        return acc % 1000",
            "    print('report', report())",
            "    print(acc)",
            "    print(acc // (acc - acc))"]
    return out


def write(name, lines):
    (SIZES / name).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    SIZES.mkdir(parents=True, exist_ok=True)
    write("module_20000_lines.py", module_lines(20000))
    write("function_5000_lines.py", function_lines())
    write("generator_5000_lines.py", generator_lines())
    write("module_main_block.py", main_block_lines())
