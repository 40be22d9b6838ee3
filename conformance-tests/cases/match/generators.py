# A match inside a generator, with yield inside the case bodies.
def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield ("neg", -n)
            case int(n):
                yield ("int", n)
                yield ("again", n)
            case [*parts]:
                for p in parts:
                    yield ("part", p)
            case {"name": name, **rest}:
                yield ("named", name)
                yield ("rest", rest)
            case _:
                yield ("other", item)

for t in tokens([3, -2, [1, 2], {"name": "x", "v": 1}, "s"]):
    print(t)

def echo():
    received = yield "ready"
    while True:
        match received:
            case "stop":
                return "stopped"
            case [cmd, arg]:
                received = yield f"{cmd}({arg})"
            case other:
                received = yield f"unknown {other!r}"

g = echo()
print(next(g))
print(g.send(["run", 1]))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
