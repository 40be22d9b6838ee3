# What leaves a try/except*: the unhandled rest keeps the group's shape; raised exceptions join it in a new group.
def show(label, f):
    try:
        f()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", repr(e))
        return e

def rest_only():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])])
    except* ValueError:
        pass
show("rest", rest_only)

def bare_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass
show("bare raise", bare_raise)

def all_bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
show("all bare", all_bare)

def raise_as_name():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("raise e", raise_as_name)

def new_ones():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")
e = show("new ones", new_ones)
print([repr(x.__context__) for x in e.exceptions[:2]])

def one_new_nothing_left():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("alone")
e = show("alone", one_new_nothing_left)
print(repr(e.__context__))

def mixed():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("k")
show("mixed", mixed)

def cause():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("r") from e
e = show("cause", cause)
print(repr(e.__cause__), e.__suppress_context__)

def with_notes():
    try:
        eg = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        eg.add_note("kept")
        raise eg
    except* TypeError:
        pass
e = show("notes", with_notes)
print(e.__notes__)

def whole():
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    try:
        raise eg
    except* Exception as e:
        print("the whole group matched:", e is eg)
        raise
e = show("whole", whole)

def finally_runs():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
    finally:
        print("finally before the rest propagates")
show("finally", finally_runs)
