# math functions at their edges: domain and range errors, integer functions with big and
# negative arguments, special values, and the argument type errors.
import math
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(10 ** 400), math.log(2 ** 2000, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.floor(10 ** 30), math.ceil(2 ** 80 + 0.5), type(math.floor(1.5)).__name__, math.fabs(-3), math.copysign(3, -0.0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(2 ** 100, 2 ** 60 * 3), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.isqrt(10 ** 20 + 1), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.inf, -math.inf, math.nan, math.pi, math.tau, math.e, math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-7.5, 2), math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else math.pow(-8, 3), math.degrees(math.pi), math.radians(180))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.atan2(-0.0, -1), math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(100), math.prod([1, 2, 3]), math.prod([], start=5))
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
          lambda: math.floor('x'), lambda: math.sqrt('4'), lambda: math.gcd(1.5), lambda: math.pow(0, -1), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.acos(2), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 1),
          lambda: math.log(1, 1), lambda: math.log(10, 0), lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.trunc(math.inf), lambda: math.perm(3, 5),
          lambda: math.comb(3, 5), lambda: math.hypot('a'), lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.log(10 ** 400, 1), lambda: math.exp(-1000), lambda: math.pow(math.inf, 0), lambda: math.sqrt(10 ** 400)):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
