# The functions CompiledPathBenchmark times in one warm JVM, and benchmarks/steady_state.py
# times in one warm CPython: the same code, so the two figures can be compared as a ratio.
# Each bench_* takes one argument n (its size) and returns a value both must agree on.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bench_fib(n):
    return fib(n)


def bench_loop(n):
    total = 0
    i = 0
    while i < n * 10000:
        total += i % 7
        i += 1
    return total


def bench_lists(n):
    xs = []
    for i in range(n * 1000):
        xs.append(i * 2)
    d = {}
    for x in xs:
        d[x % 101] = d.get(x % 101, 0) + x
    return len(d)


class Counter:
    def __init__(self):
        self.count = 0

    def step(self, k):
        self.count += k
        return self.count


def bench_methods(n):
    c = Counter()
    total = 0
    for i in range(n * 10000):
        total += c.step(i & 3)
    return total


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy


def bench_attributes(n):
    particles = [Particle(i * 1.0, i * 0.5, (i % 7) - 3.0, (i % 5) - 2.0) for i in range(100)]
    for _ in range(n * 100):
        for p in particles:
            p.x = p.x + p.vx
            p.y = p.y + p.vy
            if p.x < 0.0 or p.x > 100.0:
                p.vx = -p.vx
            if p.y < 0.0 or p.y > 100.0:
                p.vy = -p.vy
    return round(sum(p.x + p.y for p in particles), 6)


# Argument of each benchmark: about 10 to 100 ms per call in CPython 3.11.
SIZES = {
    "bench_fib": 25,
    "bench_loop": 100,
    "bench_lists": 100,
    "bench_methods": 100,
    "bench_attributes": 100,
}
