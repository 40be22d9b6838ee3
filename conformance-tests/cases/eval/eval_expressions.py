# eval() of expressions: globals and locals dicts, code objects, lambdas and comprehensions inside.
print(eval("1 + 2 * 3"))
print(eval("  len('abc')  "))
print(eval("x * y", {"x": 6, "y": 7}))
print(eval("x", {"x": "global"}, {"x": "local"}))
print(eval("[n * n for n in range(k)]", {"k": 5}))
print(eval("{c: ord(c) for c in s}", {"s": "ab"}))
add = eval("lambda a, b=10: a + b + base", {"base": 100})
print(add(1), add(1, 2))
code = compile("p ** 2", "<calc>", "eval")
print(type(code).__name__, code.co_filename)
for p in range(4):
    print(eval(code), end=" ")
print()
print(eval(code, {"p": 12}))
print(eval(b"'from bytes'"))
value = 5
def scoped(value=1):
    inner = value + 1
    return eval("inner * 10 + value")
print(scoped(), scoped(4), eval("value"))
def closure():
    captured = "cell"
    def read():
        return eval("captured") if False else captured
    return read(), eval("captured")
print(closure())
try:
    eval("missing_name + 1")
except NameError as e:
    print("NameError:", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("x", [])
except TypeError as e:
    print("TypeError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
g = {}
print(eval("1", g), sorted(g))
print(eval("__builtins__ is not None", {}))
