# Exception classes, plain classes and metaclasses keep working next to subclasses of built-ins.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Registry(type):
    names = []

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.names.append(name)
        return cls


class Record(dict, metaclass=Registry):
    pass


class Row(Record):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


r = Row(id=7)
print(r.id, r, Registry.names, type(Row).__name__)
try:
    r.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e.code, e, e.args)


class Wrapper:
    def __init__(self, items):
        self.items = items


print(Wrapper([1]).items, isinstance(Wrapper([]), list))
