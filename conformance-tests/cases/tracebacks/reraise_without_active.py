# conformance: full-stderr
def f():
    raise
f()
