# Messages of unsupported operand types for every binary and unary operator.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow_(a, b): return a ** b
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def matmul(a, b): return a @ b
def lt(a, b): return a < b
def ge(a, b): return a >= b
def neg(a): return -a
def pos(a): return +a
def invert(a): return ~a
def abs_(a): return abs(a)
ops = [add, sub, mul, truediv, floordiv, mod, pow_, lshift, rshift, and_, or_, xor, matmul, lt, ge]
pairs = [(1, 'a'), ('a', 1), (1.5, None), ([], 1.5), ({}, {}), ((1,), [1]), (1j, 1j), (None, b'a'), (set(), [])]
for op in ops:
    for a, b in pairs:
        try:
            r = op(a, b)
            print(op.__name__, repr(a), repr(b), '->', repr(r))
        except Exception as e:
            print(op.__name__, repr(a), repr(b), type(e).__name__, e)
for op in [neg, pos, invert, abs_]:
    for v in ['a', [1], None, 1.5, {}]:
        try:
            print(op.__name__, repr(v), op(v))
        except Exception as e:
            print(op.__name__, repr(v), type(e).__name__, e)
