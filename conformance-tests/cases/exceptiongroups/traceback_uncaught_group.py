# conformance: full-stderr
# An uncaught group is printed as nested boxes; members that were raised show their own tracebacks.
def fail(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [KeyError("never raised"), ExceptionGroup("deeper", [OSError("x")])]))
    return errors

def main():
    raise ExceptionGroup("several failures", collect())

print("before")
main()
