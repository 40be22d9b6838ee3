# Locals shadow globals; functions read globals at call time.
x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def param_shadow(x):
    x = x + 1
    return x

print(read_global())
print(shadow())
print(x)
x = "changed"
print(read_global())
y = 10
print(param_shadow(y))
print(y)

def counter_demo():
    total = 0
    for i in range(4):
        total += i
    return total

print(counter_demo())
