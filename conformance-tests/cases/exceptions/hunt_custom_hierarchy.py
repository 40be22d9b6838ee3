class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"key {key!r} not found")
        self.key = key

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)

for exc in [NotFound("a"), Invalid("age", "negative"), AppError(), AppError(1, 2), ValueError("x")]:
    try:
        raise exc
    except AppError as e:
        print("app:", type(e).__name__, str(e), repr(e), e.args)
    except Exception as e:
        print("other:", e)

try:
    lookup({}, "zz")
except NotFound as e:
    print(e, e.key, e.__context__, type(e.__context__), e.__cause__)

print(issubclass(NotFound, Exception), NotFound.__mro__)
e = Invalid("f", "r")
print(e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
lookup({}, 3)
