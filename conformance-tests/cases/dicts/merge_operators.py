# dict | dict, |= with mappings and iterables of pairs, and their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {'a': 1, 'b': 2}
b = {'b': 3, 'c': 4}
t(lambda: a | b)
t(lambda: b | a)
t(lambda: a | {})
t(lambda: a | [('x', 1)])
t(lambda: a | None)
t(lambda: [('x', 1)] | a)
c = dict(a)
c |= b
print(c)
c |= [('z', 26), ('a', 0)]
print(c)
c |= {'q': 1}.items()
print(c)
def ior_bad():
    d = {}
    d |= 5
t(ior_bad)
def ior_bad_pairs():
    d = {}
    d |= ['ab', 'cde']
t(ior_bad_pairs)
print(a, b)
d1 = {1: 'a'}
d2 = d1
d1 |= {2: 'b'}
print(d2, d1 is d2)
t(lambda: {1: 2} | {1.0: 3})
t(lambda: {True: 'x'} | {1: 'y', 2: 'z'})
