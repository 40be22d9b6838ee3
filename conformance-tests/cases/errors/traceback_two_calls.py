# conformance: full-stderr
# A traceback through two function calls, innermost last. Every failing line is a
# single call or name, so CPython 3.11 prints no ^^^ markers.
def inner(value):
    len(value)

def outer():
    inner(42)

print("start")
outer()
