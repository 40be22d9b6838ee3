# conformance: full-stderr
# raise ... from ... prints the cause first, then "direct cause" line.
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("converted") from e

f()
