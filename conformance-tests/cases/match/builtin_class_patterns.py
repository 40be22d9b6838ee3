# bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple match themselves
# for one positional sub-pattern.
def what(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "?"

for v in [True, 0, 7, 1.5, "s", b"b", bytearray(b"ba"), [1, 2], [], (1, 2), (1, 2, 3),
          {"k": 1}, {}, frozenset({3, 1}), {2, 1}, None]:
    print(what(v))

match 5:
    case int(real=r, imag=i):
        print("int attributes", r, i)
match 1.5:
    case float(x, real=y):
        print("self and attribute", x, y)
