# with statements: enter/exit order, suppression, exits on return/continue, several items, errors in __exit__.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as value:
    print("body", value)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

def early():
    for i in range(3):
        with Resource("loop" + str(i)):
            if i == 1:
                return "returned at " + str(i)
            if i == 0:
                continue
    return "end"
print(early())

with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)

try:
    with Resource("c"):
        {}["missing"]
except KeyError as e:
    print("propagated", repr(e))

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        1 / 0
except RuntimeError as e:
    print("exit error", e, type(e.__context__).__name__)
for bad in [5, object()]:
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)
