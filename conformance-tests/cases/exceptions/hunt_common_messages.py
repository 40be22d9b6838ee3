def f(n):
    if n == 0:
        raise RuntimeError("bottom")
    return f(n - 1)

def safe(fn, *args):
    try:
        return fn(*args)
    except (RuntimeError, ValueError) as e:
        return f"caught {e.__class__.__name__}: {e}"
    finally:
        print("cleanup", args)

print(safe(f, 3))
print(safe(int, "12"))
print(safe(int, "x1"))

def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())

def h():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("i", i)
        finally:
            print("f", i)
h()

try:
    raise KeyError("missing")
except KeyError as e:
    print(e, repr(e), str(e), e.args)
try:
    {}["a"]
except LookupError as e:
    print(type(e), e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
e = None
try:
    int(None)
except TypeError as e:
    print(e)
try:
    print(e)
except NameError as ne:
    print(ne)
x = 1
try:
    x.foo
except AttributeError as e:
    print(e)
try:
    None.foo()
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    [1,2,3].remove(7)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    [1] < "a"
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    import_me = int("")
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("stop", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
