# classmethod and staticmethod copy the function's metadata into their __dict__ (3.10+).
import abc


def f(x: int) -> str:
    "f's doc"
    return str(x)


for wrapper in (staticmethod(f), classmethod(f)):
    print(type(wrapper).__name__, wrapper.__dict__)
    print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__, wrapper.__annotations__)
    print(wrapper.__wrapped__ is f, wrapper.__func__ is f, wrapper.__isabstractmethod__)
    wrapper.tag = 'tagged'
    print(wrapper.tag, wrapper.__dict__['tag'])


class Base(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def make():
        "abstract maker"

    @classmethod
    def build(cls):
        return cls.__name__


print(Base.__dict__['make'].__isabstractmethod__, Base.__dict__['build'].__isabstractmethod__)
print(Base.__dict__['make'].__doc__, Base.__dict__['build'].__qualname__)
print(Base.build(), sorted(Base.__abstractmethods__))
sm = staticmethod(len)
print(sorted(sm.__dict__), sm.__dict__['__module__'], sm.__name__, sm(['a']))
try:
    staticmethod(f).__func__ = len
except AttributeError as e:
    print('AttributeError', e)
