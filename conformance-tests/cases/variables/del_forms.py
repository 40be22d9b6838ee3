# del of names, items, slices and attributes, and the errors of deleting what is not there.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
items = list(range(10))
del items[0], items[-1]
del items[::2]
print(items)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)


class O:
    pass


o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(e)


def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)


print(f())
nested = [[1, 2], [3, 4]]
del nested[1][0]
print(nested)
