# conformance: full-stderr
# An exception raised while handling another prints both, joined by CPython's context line.
def f():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("from handler")

f()
