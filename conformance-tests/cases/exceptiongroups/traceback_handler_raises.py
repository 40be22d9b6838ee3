# conformance: full-stderr
# except* re-raises the unhandled rest together with what a clause raised: a new group whose
# traceback starts at the caller, the rest keeping the original traceback.
def inner():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])

def middle():
    try:
        inner()
    except* ValueError:
        raise KeyError(3)

def outer():
    try:
        middle()
    except* OSError:
        pass

outer()
