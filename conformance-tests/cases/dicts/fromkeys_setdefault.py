# dict.fromkeys and setdefault share values; get with defaults; copy is shallow.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = dict.fromkeys(['a', 'b', 'a'])
print(d)
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(dict.fromkeys(range(3), 0), dict.fromkeys('', 1), {}.fromkeys((1, 2), 'v'))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys([[1]]))
t(lambda: dict.fromkeys('a', 1, 2))
s = {}
print(s.setdefault('k', []), s)
s.setdefault('k', []).append(2)
s.setdefault('k', 'ignored').append(3)
print(s, s.setdefault('n'), s)
t(lambda: s.setdefault())
t(lambda: s.setdefault([], 1))
t(lambda: s.get('missing'))
t(lambda: s.get('missing', 0))
t(lambda: s.get('k', 0))
t(lambda: s.get())
t(lambda: s.get([1]))
t(lambda: s.get(1, 2, 3))
c = s.copy()
c['k'].append(4)
c['other'] = 1
print(s, c)
