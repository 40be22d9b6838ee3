# An uncaught KeyError for a tuple key shows repr(key) after the colon.
d = {('a', 1): 'x'}
print(d[('a', 1)])
try:
    d[('b', 2)]
except KeyError as e:
    print('caught', e)
d[('c', 3)]
