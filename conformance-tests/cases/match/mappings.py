# Mapping patterns: every key present (extra keys allowed), **rest gets a new dict.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"

for ev in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": (1, 2, 3)},
           {"type": "key", "key": "q", "shift": True, "ctrl": False}, {"type": "scroll"},
           {"x": 1}, {}, [("type", "click")], "type"]:
    print(handle(ev))

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        print(rest, rest is d)
        rest["z"] = 0
print(d)

match {1: "int key", 2.5: "float key", None: "none key", True: "bool key"}:
    case {1: a, 2.5: b, None: c}:
        print(a, b, c)

match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {"other": 1}:
    case {"k": None}:
        print("wrong")
    case {**everything}:
        print("everything", everything)
