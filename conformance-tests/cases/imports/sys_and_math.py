# The sys and math modules: a first set of their contents; sys.exit with a status.
import sys
import math
from math import sqrt, pi
print(math.sqrt(16), sqrt(2), round(pi, 5), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3))
print(math.log(math.e), math.log2(8), math.log10(1000), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3))
print(math.isnan(math.nan), math.isinf(-math.inf), math.copysign(1, -0.0), math.fsum([0.1] * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(sys.argv[0].split("/")[-1], sys.getrecursionlimit(), sys.maxsize, sys.version_info[:2])
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.exit(3)
