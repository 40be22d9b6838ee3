# global in a class body and in functions; sys.setrecursionlimit.
x = 1
class C:
    global x
    x = 2
    y = x
print(x, C.y)
def f():
    global z
    z = 10
f(); print(z)
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def r(n): return r(n+1)
try:
    r(0)
except RecursionError as e:
    print('RecursionError', e)
