# Decorators: stacked, with arguments, on methods, class decorators, decorators returning classes.
import functools


def trace(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f'{label}: {fn.__name__}{args[-1:]}')
            return fn(*args, **kwargs)
        return wrapper
    return deco


def twice(fn):
    def wrapper(*a):
        return fn(fn(*a))
    return wrapper


@trace('outer')
@twice
def inc(x):
    return x + 1


print(inc(1), inc.__name__)


def register(cls):
    register.seen.append(cls.__name__)
    cls.registered = True
    return cls


register.seen = []


@register
class A:
    @staticmethod
    @trace('static')
    def s(x):
        return x * 2

    @classmethod
    def c(cls):
        return cls.__name__

    @trace('method')
    def m(self, y):
        return y


print(A.s(4), A.c(), A().m(7), A.registered, register.seen)


def singleton(cls):
    instance = cls()
    return lambda: instance


@singleton
class Config:
    pass


print(Config() is Config())
