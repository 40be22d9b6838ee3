# with: several managers, __exit__ suppressing or not, exceptions inside __enter__ and __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress


with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('outer', suppress=True):
    with CM('inner'):
        raise KeyError('k')
print('suppressed')
try:
    with CM('x'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)


class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')

    def __exit__(self, *a):
        print('never')


try:
    with CM('first'), BadEnter():
        print('never')
except RuntimeError as e:
    print(e)


def early():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return 'returned inside with'


print(early())
try:
    with 42:
        pass
except TypeError as e:
    print(e)
