"""Records the names CPython 3.11 lists in dir() of every built-in type and of builtins.

Run from the repository root with CPython 3.11:

    python3 build-support/record_builtin_names.py

It rewrites interpreter/src/test/resources/dirnames/cpython311.txt, which
BuiltinNamesTest compares with Terrarium's dir() of the same objects.

File format (UTF-8, one item per line, deterministic):
    # comment lines
    == <label> <expression>
    <name>                     one line per name of dir(<expression>), sorted
The expression is evaluated in a fresh module namespace, by CPython here and by
Terrarium in the test; the label is the object's CPython name (its __name__ for types).
"""

import builtins
import os
import sys

OUTPUT = os.path.join("interpreter", "src", "test", "resources", "dirnames", "cpython311.txt")

# Objects not reachable by name from builtins, each as a self-contained expression.
EXTRA_TYPES = [
    ("NoneType", "type(None)"),
    ("NotImplementedType", "type(NotImplemented)"),
    ("ellipsis", "type(...)"),
    ("function", "type(lambda: 0)"),
    ("method", "type(type('C', (), {'m': lambda self: 0})().m)"),
    ("builtin_function_or_method", "type(len)"),
    ("generator", "type(x for x in ())"),
    ("coroutine", "__import__('types').CoroutineType"),
    ("async_generator", "__import__('types').AsyncGeneratorType"),
    ("module", "type(__import__('sys'))"),
    ("dict_keys", "type({}.keys())"),
    ("dict_values", "type({}.values())"),
    ("dict_items", "type({}.items())"),
    ("list_iterator", "type(iter([]))"),
    ("list_reverseiterator", "type(reversed([]))"),
    ("tuple_iterator", "type(iter(()))"),
    ("str_ascii_iterator", "type(iter(''))"),
    ("str_iterator", "type(iter('\\xe9'))"),
    ("range_iterator", "type(iter(range(0)))"),
    ("longrange_iterator", "type(iter(range(2 ** 64)))"),
    ("set_iterator", "type(iter(set()))"),
    ("dict_keyiterator", "type(iter({}))"),
    ("dict_valueiterator", "type(iter({}.values()))"),
    ("dict_itemiterator", "type(iter({}.items()))"),
    ("dict_reversekeyiterator", "type(reversed({}))"),
    ("dict_reversevalueiterator", "type(reversed({}.values()))"),
    ("dict_reverseitemiterator", "type(reversed({}.items()))"),
    ("bytes_iterator", "type(iter(b''))"),
    ("bytearray_iterator", "type(iter(bytearray()))"),
    ("callable_iterator", "type(iter(int, 0))"),
    ("iterator", "type(iter(type('S', (), {'__getitem__': lambda self, i: 0})()))"),
    ("code", "type((lambda: 0).__code__)"),
    ("frame", "type((x for x in ()).gi_frame)"),
    ("mappingproxy", "type(type.__dict__)"),
]


def sections():
    yield "builtins", "__import__('builtins')"
    for name in sorted(dir(builtins)):
        if isinstance(getattr(builtins, name), type):
            yield name, name
    yield from EXTRA_TYPES


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_builtin_names.py must run on CPython 3.11, not " + sys.version)
    lines = [
        "# dir() of built-in objects in CPython %d.%d.%d; written by build-support/record_builtin_names.py"
        % sys.version_info[:3],
        "# (run it from the repository root with python3 = CPython 3.11). Do not edit by hand.",
    ]
    for label, expression in sections():
        obj = eval(expression, {})
        # A label is the type's own name, or its alias in builtins (IOError is OSError).
        if isinstance(obj, type) and obj.__name__ != label and getattr(builtins, label, None) is not obj:
            sys.exit("label %s does not name %r" % (label, obj))
        lines.append("== %s %s" % (label, expression))
        lines.extend(sorted(dir(obj)))
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


main()
