# conformance: full-stderr
# A member with a long recursive traceback: repeated lines are counted (that line has no margin
# in CPython 3.11), and the group was raised from the member.
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)

def wrap():
    try:
        rec(8)
    except ValueError as e:
        raise ExceptionGroup("g", [e]) from e

wrap()
