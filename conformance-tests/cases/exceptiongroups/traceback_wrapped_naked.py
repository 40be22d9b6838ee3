# conformance: full-stderr
# A naked exception re-raised by a bare raise in except* comes out wrapped in a group.
def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

f()
