def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("ctx", repr(t.__context__))
try:
    override()
except ValueError as e:
    print("propagated", e)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
def reraise():
    try:
        {}["k"]
    except KeyError:
        print("logging")
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
errs = (KeyError, IndexError)
for thing in [{}, []]:
    try:
        thing[0]
    except errs as e:
        print(type(e).__name__, e)
for args in [(), ("one",), ("a", 2), (None,)]:
    e = Exception(*args)
    print(repr(str(e)), repr(e), e.args)
print(repr(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
print(isinstance(FileNotFoundError(), OSError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(ZeroDivisionError.__mro__)
print(issubclass(UnicodeDecodeError, ValueError), issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
class Retry(Exception):
    def __init__(self, attempts, *rest):
        super().__init__(f"failed after {attempts}", *rest)
        self.attempts = attempts
r = Retry(3, "extra")
print(r, r.args, r.attempts, repr(r))
def attempt(n, fail_until):
    for i in range(1, n + 1):
        try:
            if i < fail_until:
                raise ConnectionError(f"attempt {i}")
            return f"ok on {i}"
        except ConnectionError as e:
            print("retry:", e)
            continue
        finally:
            print("finally", i)
    raise Retry(n)
print(attempt(5, 3))
try:
    attempt(2, 10)
except Retry as e:
    print("gave up:", e, e.attempts)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise
except Exception as e2:
    print(e2.__context__)
def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise RuntimeError(i)
                out.append(("ok", i))
            finally:
                out.append(("inner", i))
        except RuntimeError as e:
            out.append(("caught", e.args[0]))
        else:
            out.append(("else", i))
    return out
print(nested_finally())
try:
    raise Exception("x") from ValueError("cause")
except Exception as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "")
try:
    raise ValueError("bad").with_traceback(None)
except ValueError as e:
    print(e)
x = 10
try:
    x = x / 0
except ZeroDivisionError as e:
    print(e, x)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    10.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    10 // 0.0
except ZeroDivisionError as e:
    print(e)
