# CPython's recursion limit: RecursionError (catchable), adjustable with sys.setrecursionlimit.
import sys


def depth(n):
    return n if n == 0 else depth(n - 1)


print(sys.getrecursionlimit(), depth(900))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(6000)
print(depth(5000))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError:
    print('limit 100 reached')


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n + 1)


sys.setrecursionlimit(1000)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', e)
print('still running')
