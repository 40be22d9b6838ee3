# __new__ and __init__: immutable-style construction, singletons, __init__ skipped for other types.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print('never called')


print(Other())


class Counted:
    count = 0

    def __new__(cls, *args, **kwargs):
        cls.count += 1
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name


Counted('a')
Counted('b')
print(Counted.count)
try:
    Counted()
except TypeError as e:
    print(e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(e)
