# co_flags carries CPython's CO_* bits; co_firstlineno counts from the first decorator.
FLAGS = [('OPTIMIZED', 1), ('NEWLOCALS', 2), ('VARARGS', 4), ('VARKEYWORDS', 8), ('NESTED', 16),
         ('GENERATOR', 32), ('COROUTINE', 128), ('ITERABLE_COROUTINE', 256), ('ASYNC_GENERATOR', 512)]


def flag_names(f):
    code = f if type(f).__name__ == 'code' else f.__code__
    return ' '.join(name for name, bit in FLAGS if code.co_flags & bit), code.co_flags


def simple():
    pass


def star(*args):
    pass


def starstar(**kw):
    pass


def gen():
    yield 1


def make():
    def nested():
        pass

    def nested_gen():
        yield
    return nested, nested_gen


def identity(f):
    return f


@identity
@identity
def decorated():
    pass


class K:
    def method(self):
        def local():
            pass
        return local


for f in [simple, star, starstar, gen, *make(), decorated, K.method, K().method(), lambda: 0]:
    print(f.__name__, *flag_names(f))
print(flag_names((x for x in ()).gi_code))
print(decorated.__code__.co_firstlineno, simple.__code__.co_firstlineno, K.method.__code__.co_firstlineno)
print(gen().gi_code is gen.__code__)
