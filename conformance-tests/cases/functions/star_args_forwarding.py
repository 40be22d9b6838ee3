# Forwarding *args and **kwargs through layers, keyword merging, and positional-only names in kwargs.
def target(a, b, /, c=0, **rest):
    return a, b, c, rest


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1, 2), forward(1, 2, 3, d=4), forward(*(1, 2), **{'c': 5, 'a': 'kw-a'}))
defaults = {'c': 1}
print(forward(0, 0, **defaults, e=2), target(1, 2, **{'b': 'goes to rest'}))
try:
    forward(1)
except TypeError as e:
    print(e)
args = [1, 2, 3]
print(*args, sep='-')
print(*'abc', *range(2))
