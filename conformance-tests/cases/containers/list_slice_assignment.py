# Slice assignment and deletion, with steps, negative indices and the extended-slice size error.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(sl, value):
    xs = list(range(10))
    xs[sl] = value
    return xs

def delete(sl):
    xs = list(range(10))
    del xs[sl]
    return xs

t('a', lambda: assign(slice(2, 5), ['a']))
t('b', lambda: assign(slice(2, 5), []))
t('c', lambda: assign(slice(2, 2), 'xyz'))
t('d', lambda: assign(slice(None, None, 2), 'abcde'))
t('e', lambda: assign(slice(None, None, 2), 'abc'))
t('f', lambda: assign(slice(None, None, -3), [0, 0, 0, 0]))
t('g', lambda: assign(slice(8, 2, -2), 'xyz'))
t('h', lambda: assign(slice(8, 2, -2), 'xy'))
t('i', lambda: assign(slice(100, 200), [1, 2]))
t('j', lambda: assign(slice(-100, 1), [7]))
t('k', lambda: assign(slice(5, 2), ['q']))
t('l', lambda: assign(slice(None, None, 1), range(3)))
t('m', lambda: assign(slice(1, 3), 5))
t('n', lambda: assign(slice(None, None, 2), 5))
t('o', lambda: assign(slice(0, 10, 0), []))
t('p', lambda: assign(slice(3, 3, 2), []))
t('q', lambda: assign(slice(None, None, -1), list('abcdefghij')))
t('r', lambda: delete(slice(None, None, 2)))
t('s', lambda: delete(slice(None, None, -3)))
t('t', lambda: delete(slice(2, 8)))
t('u', lambda: delete(slice(8, 2)))
t('v', lambda: delete(slice(-3, None)))
t('w', lambda: delete(slice(0, 10, 0)))
t('x', lambda: delete(slice(1, None, 4)))
xs = [1, 2, 3]
xs[1:2] = xs
print('y', xs)
xs = [1, 2, 3, 4]
xs[::2] = xs[1::2]
print('z', xs)
xs = [1, 2]
def set_str():
    xs['a'] = 1
t('aa', set_str)
t('bb', lambda: xs[1.0])
t('cc', lambda: xs[5])
def setitem():
    xs[5] = 0
t('dd', setitem)
def delitem():
    del xs[-3]
t('ee', delitem)
