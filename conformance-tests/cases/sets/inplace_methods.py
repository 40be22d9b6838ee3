# In-place operators and mutating methods, with non-set iterables and their errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 9}
s -= {9, 1}
s ^= {2, 5}
print(s)
alias = s
s |= frozenset([7])
print(alias is s, alias)
def ior_list():
    x = {1}
    x |= [2]
t(ior_list)
def iand_list():
    x = {1}
    x &= (1,)
t(iand_list)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
u = {1, 2}
print(u.update([3], (4,), range(5, 7)), u)
print(u.intersection_update([1, 2, 3, 99], range(3)), u)
print(u.difference_update([1], [7]), u)
print(u.symmetric_difference_update([2, 8]), u)
print(u.add(9), u.add(9), u)
print(u.discard(100), u.discard(8), u)
t(lambda: u.remove(100))
t(lambda: u.remove((1, 2)))
t(lambda: u.remove([1]))
t(lambda: u.discard([1]))
t(lambda: u.add([1]))
t(lambda: u.update(5))
t(lambda: u.update([[1]]))
t(lambda: u.symmetric_difference_update(5))
print(u.pop(), u, u.clear(), u)
t(lambda: u.pop())
t(lambda: set().pop())
v = {1, 2}
print(v.remove(1), v, {frozenset({1})}.remove({1}) if False else 'skip')
w = {frozenset({1, 2}), 3}
print({1, 2} in w, w.discard({1, 2}), w, w.remove(3), w)
