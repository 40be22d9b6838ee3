# A context manager written as a class around a generator-based resource, with early exits.
class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append('open ' + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append('close ' + self.name)
        return False

    def lines(self):
        for i in range(3):
            yield f'{self.name}:{i}'


log = []


def first_matching(names, wanted):
    for name in names:
        with Resource(name, log) as r:
            for line in r.lines():
                if line.endswith(wanted):
                    return line
    return None


print(first_matching(['a', 'b'], '1'), log)
log.clear()
try:
    with Resource('x', log):
        raise ValueError('inside')
except ValueError:
    pass
print(log)
