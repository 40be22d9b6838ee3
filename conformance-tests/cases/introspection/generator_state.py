# gi_suspended, gi_running, gi_yieldfrom, gi_code and a suspended generator's gi_frame.
def sub():
    yield 'sub 1'
    yield 'sub 2'
    return 'sub done'


def outer(a):
    b = a + 1
    yield 'first'
    result = yield from sub()
    c = [result]
    yield c


g = outer(5)
frame = g.gi_frame
print(type(frame).__name__, frame.f_code is outer.__code__, frame.f_back, frame.f_lineno == outer.__code__.co_firstlineno)
print(g.gi_suspended, g.gi_running, g.gi_yieldfrom, frame.f_locals)
print(next(g), g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name, g.gi_frame.f_lineno)
print(g.gi_yieldfrom.gi_frame.f_lineno, g.gi_yieldfrom.gi_suspended)
print(next(g), g.gi_yieldfrom is not None)
print(next(g), g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_yieldfrom, g.gi_running)
print(g.gi_code is outer.__code__, g.gi_code.co_name)


def watch():
    me = yield
    yield me.gi_running, me.gi_suspended, me.gi_frame is not None


w = watch()
next(w)
print(w.send(w))


def closes():
    try:
        yield 1
    finally:
        print('finally ran')


c = closes()
next(c)
c.__del__()
print(c.gi_frame, c.gi_suspended)
fresh = closes()
fresh.__del__()
print(list(fresh))


def cells(n):
    k = n * 2

    def use():
        return k
    yield use
    yield k


gc = cells(3)
next(gc)
print(sorted(gc.gi_frame.f_locals))
print(gc.gi_frame.f_locals['k'], gc.gi_code.co_cellvars)
genexp = (x * x for x in range(3))
next(genexp)
print(genexp.gi_code.co_name, genexp.gi_code.co_varnames, genexp.gi_suspended)
