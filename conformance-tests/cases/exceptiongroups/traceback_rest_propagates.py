# conformance: full-stderr
# The unhandled rest of a group keeps the traceback of the original raise, extended by the callers.
def source():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [OSError(3)])])

def filter_values():
    try:
        source()
    except* ValueError as e:
        print("handled", repr(e))

filter_values()
