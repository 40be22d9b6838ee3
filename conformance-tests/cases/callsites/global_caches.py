# Global and builtin names read by warm call sites see every rebinding, shadowing and deletion.
def count(xs):
    return len(xs)


for _ in range(3000):
    n = count([1, 2, 3])
print(n)

# A global that shadows a builtin.
def len(xs):
    return -1
print(count([1, 2, 3]))

# Deleting it makes the builtin visible again.
del len
print(count([1, 2, 3]))

# Rebinding a function that warm code calls.
def helper(x):
    return x + 1


def use(x):
    return helper(x)


acc = 0
for i in range(3000):
    acc += use(i)
print(acc)
helper = lambda x: x * 100
print(use(3))

# Rebinding from inside a function with a global statement.
def rebind():
    global helper
    helper = lambda x: -x
rebind()
print(use(3))

# A global deleted after warm-up: NameError at the next read.
del helper
try:
    use(1)
except NameError as e:
    print("NameError:", e)

# A module-level loop that rebinds the global it reads.
total = 0
i = 0
while i < 5000:
    total = total + i
    i += 1
print(total, i)
