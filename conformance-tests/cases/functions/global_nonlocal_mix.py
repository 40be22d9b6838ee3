# global inside nested functions, nonlocal through several levels, and name resolution order.
counter = 0


def bump():
    global counter
    counter += 1


def make():
    value = 'enclosing'

    def read_global():
        return counter

    def shadow():
        value = 'local'
        return value

    def change():
        nonlocal value
        value = 'changed'
    change()
    return read_global(), shadow(), value


bump()
bump()
print(counter, make())
len = lambda x: 'shadowed builtin'
print(len([1, 2]))
del len
print(len([1, 2]))
