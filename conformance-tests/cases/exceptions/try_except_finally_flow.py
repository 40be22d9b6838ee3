def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        r = -1
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r

print(f(2), f(0))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"

print(g())

def h():
    try:
        return "from try"
    finally:
        print("h finally")

print(h())

def k():
    try:
        raise ValueError("bad", 42)
    except (TypeError, ValueError) as e:
        print("caught", repr(e), e.args)
        return e
    
err = k()
print(type(err).__name__, str(err))

def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"

print(swallow())

try:
    try:
        [][1]
    except KeyError:
        print("wrong")
except IndexError as e:
    print("outer", e)

try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e), str(e))

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("got", e)
        raise
    
try:
    nested()
except Exception as e:
    print("reraised", e)

x = 0
while True:
    try:
        x += 1
        if x > 3:
            break
    except Exception:
        pass
print("x", x)
assert x == 4, "x should be 4"
try:
    assert x == 5, "x is " + str(x)
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("bare assert", repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e))
print("e" in globals() if False else "ok")
