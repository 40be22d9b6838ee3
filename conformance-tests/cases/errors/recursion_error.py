# Unbounded recursion ends in RecursionError (last line only).
def down(n):
    down(n + 1)

down(0)
