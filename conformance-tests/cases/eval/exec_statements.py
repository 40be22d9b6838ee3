# exec() of statements: definitions, globals and separate locals, __builtins__, docstrings, compile modes.
ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x + b\nclass C:\n    k = a\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](10), ns["C"].k, ns["f"].__name__)
print("__builtins__" in ns, "__doc__" in ns)
doc = {}
exec('"module doc"\nz = 3', doc)
print(doc["__doc__"], doc["z"])
g = {"n": 5}
l = {}
exec("m = n + 1\ndef h():\n    return n\nk = h()", g, l)
print(sorted(l), l["m"], l["k"], sorted(k for k in g if k != "__builtins__"))
try:
    exec("def inner():\n    return m\ninner()", g, l)
except NameError as e:
    print("NameError:", e)
print(exec("pass"))
for i in range(3):
    exec("total = i * 2")
print(total)
code = compile("counter = counter + 1", "<counter>", "exec")
counter = 0
for _ in range(4):
    exec(code)
print(counter)
exec(compile("6 * 7", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("print('single statement')", "<single>", "single"))
print(exec(compile("1 + 1", "<e>", "eval")))
exec("import math\nroot = math.isqrt(50)")
print(root)
exec("global gv\ngv = 'set'", {})
try:
    compile("x", "f", "nope")
except ValueError as e:
    print("ValueError:", e)
try:
    exec("x", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x", {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("return 1")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("while True\n    pass", "prog.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename, str(e))
try:
    exec("raise KeyError('inside')")
except KeyError as e:
    print("KeyError:", e)
