# A naked exception reaching except* is wrapped in an ExceptionGroup; an unmatched one goes on unwrapped.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.message), e.exceptions[0].args)

def unmatched():
    try:
        raise KeyError("still naked")
    except* ValueError:
        print("not reached")
try:
    unmatched()
except KeyError as e:
    print("came out as", type(e).__name__, repr(e))

def replaced():
    try:
        raise ValueError("first")
    except* ValueError:
        raise TypeError("second")
try:
    replaced()
except TypeError as e:
    print("replaced by", repr(e), "context:", repr(e.__context__))

def reraised():
    try:
        raise ValueError("again")
    except* ValueError:
        raise
try:
    reraised()
except ExceptionGroup as e:
    print("bare raise gives the wrapper:", repr(e))

try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except* KeyboardInterrupt as e:
    print(type(e).__name__, repr(e))
try:
    raise SystemExit(3)
except* SystemExit as e:
    print(type(e).__name__, repr(e))
