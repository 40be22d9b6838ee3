# conformance: full-stderr
# __notes__ are printed after the exception line, for plain exceptions and groups, in chains too.
def step(name):
    e = RuntimeError(f"{name} failed")
    e.add_note(f"while running {name}")
    raise e

try:
    step("setup")
except RuntimeError as e:
    e.add_note("one more note\n")
    odd = ValueError("notes are a tuple of non-strings")
    odd.__notes__ = (1, ["two"])
    try:
        raise odd
    except ValueError:
        err = KeyError("last")
        err.add_note("multi\nline\nnote")
        raise err
