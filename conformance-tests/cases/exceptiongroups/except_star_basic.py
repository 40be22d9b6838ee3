# try/except* with else and finally: each clause gets its part, the rest goes on to the next clause.
def run(label, raiser):
    print("--", label)
    try:
        raiser()
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("TypeError/KeyError part:", repr(e))
    except* Exception:
        print("anything else")
    else:
        print("else: nothing raised")
    finally:
        print("finally")
    print("after the statement")

def group():
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), OSError(4), ValueError(5)])
def only_values():
    raise ExceptionGroup("v", [ValueError(1), ExceptionGroup("inner", [ValueError(2)])])
def nothing():
    pass
def nested():
    raise ExceptionGroup("outer", [OSError(1), ExceptionGroup("inner", [TypeError(2), OSError(3)])])

run("group", group)
run("only values", only_values)
run("nothing", nothing)
run("nested", nested)

e = "unchanged"
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print("bound:", repr(e))
try:
    print(e)
except NameError as err:
    print("unbound after the clause:", err)

for i in range(3):
    try:
        if i == 1:
            continue
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as eg:
        print("iteration", i, repr(eg))
        for j in range(5):
            if j == 1:
                break
        def helper():
            return "return inside a nested function is fine"
        print(helper())
    finally:
        print("finally", i)
