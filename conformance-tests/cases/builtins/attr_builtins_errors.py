# getattr/setattr/hasattr/delattr with defaults and errors; vars() and callable().
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
    def method(self):
        return 'm'
c = C()
t(lambda: getattr(c, 'x'))
t(lambda: getattr(c, 'y'))
t(lambda: getattr(c, 'y', 'dflt'))
t(lambda: getattr(c, 'cls_attr'))
t(lambda: getattr(c, 'method')())
t(lambda: getattr(c, 1))
t(lambda: getattr(c))
t(lambda: getattr(1, 'real'))
t(lambda: getattr(1, 'nope'))
t(lambda: getattr(C, 'nope'))
t(lambda: getattr(None, 'x', None))
t(lambda: hasattr(c, 'x'))
t(lambda: hasattr(c, 'nope'))
t(lambda: hasattr(c, 5))
t(lambda: setattr(c, 'y', 2) or c.y)
t(lambda: setattr(c, 5, 2))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr([], 'append', 2))
t(lambda: delattr(c, 'y') or hasattr(c, 'y'))
t(lambda: delattr(c, 'y'))
t(lambda: delattr(c, 'cls_attr'))
t(lambda: vars(c))
t(lambda: sorted(k for k in vars(C) if not k.startswith('__')))
t(lambda: vars(1))
t(lambda: vars(c, c))
t(lambda: [callable(x) for x in (len, C, c, c.method, 1, 'x', lambda: 0, print, int, None)])
class Call:
    def __call__(self):
        return 'called'
t(lambda: (callable(Call()), Call()()))
t(lambda: callable())
t(lambda: c.nope)
t(lambda: C.nope)
t(lambda: (1).nope)
t(lambda: 'abc'.nope)
t(lambda: [].nope)
t(lambda: None.nope)
