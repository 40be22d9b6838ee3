# conformance: full-stderr
# A group raised while handling another exception, and an exception raised from a group.
def attempt(i):
    raise ValueError(f"attempt {i}")

errors = []
for i in range(2):
    try:
        attempt(i)
    except ValueError as e:
        errors.append(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("retries", errors)
except ExceptionGroup as eg:
    raise RuntimeError("gave up") from eg
