# except* inside except* clauses and in called functions; groups passing through several statements.
def level3():
    raise ExceptionGroup("l3", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])

def level2():
    try:
        level3()
    except* ValueError as e:
        print("level2 handles", repr(e))
    except* OSError:
        raise

def level1():
    try:
        level2()
    except* TypeError as e:
        print("level1 handles", repr(e))
        try:
            raise ExceptionGroup("inside", [ZeroDivisionError("z")])
        except* ZeroDivisionError as inner:
            print("nested handles", repr(inner), "while handling", repr(inner.__context__))
    except* OSError as e:
        print("level1 OSError", repr(e))

try:
    level1()
except ExceptionGroup as e:
    print("left over:", repr(e))

try:
    try:
        raise ExceptionGroup("a", [ValueError("v")])
    except* ValueError:
        try:
            raise ExceptionGroup("b", [TypeError("t")])
        except* KeyError:
            pass
except ExceptionGroup as e:
    print(repr(e), repr(e.__context__))

def counted(n):
    if n == 0:
        raise ExceptionGroup("bottom", [ValueError(n)])
    try:
        counted(n - 1)
    except* ValueError as e:
        raise ExceptionGroup(f"level {n}", [TypeError(n)])
try:
    counted(2)
except ExceptionGroup as e:
    print(repr(e))
