# Defining and calling functions; return values and the implicit None.
def add(a, b):
    return a + b

def greet(name):
    print("hello " + name)

def early(n):
    if n > 0:
        return "positive"
    return "not positive"

def bare_return():
    return

print(add(2, 3))
print(add("con", "cat"))
print(add(1.5, 2 ** 70))
print(greet("world"))
print(early(1))
print(early(-1))
print(bare_return())
print(add(add(1, 2), add(3, 4)))
