# conformance: full-stderr
# At module level, the new group of what an except* clause raised has no traceback of its own at all.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError(3)
