# Reading a local before assignment (CPython 3.11 message).
x = 1

def f():
    x
    x = 2

f()
