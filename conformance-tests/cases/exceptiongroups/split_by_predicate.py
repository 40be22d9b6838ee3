# split and subgroup with a predicate: it sees groups as well as leaves.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), TypeError(3)]), ValueError(30)])
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(lambda e: False))
seen = []
def record(e):
    seen.append(type(e).__name__ + ":" + str(e))
    return False
eg.split(record)
print(seen)
class Matcher:
    def __call__(self, e):
        return isinstance(e, TypeError)
# In 3.11 only Python functions are predicates; another callable is rejected.
try:
    print(eg.subgroup(Matcher()))
except TypeError as e:
    print("callable object:", e)
try:
    eg.subgroup(print)
except TypeError as e:
    print("builtin function:", e)
print(eg.split(lambda e, extra=1: isinstance(e, TypeError)))
def boom(e):
    raise RuntimeError("predicate failed")
try:
    eg.split(boom)
except RuntimeError as e:
    print("raised:", e)
print(eg.subgroup(lambda e: 0), eg.subgroup(lambda e: [1]) is eg)
