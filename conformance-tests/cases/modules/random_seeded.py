# random with a seed draws exactly CPython's numbers (Mersenne Twister, random.py's algorithms).
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(100))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice('abcdefg'), random.choice([10, 20, 30]))
print(random.sample(range(1000), 5), random.sample('python', 3), sorted(random.sample(range(10), 10)))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12))
r = random.Random(2 ** 100 + 7)
print(r.random(), r.randint(-10**20, 10**20))
r.seed('a string seed')
print(r.random())
r.seed(b'bytes')
print(r.random())
r.seed(-5)
a = r.random()
r.seed(5)
print(a == r.random())
print(random.Random(0).random(), random.Random(1).getrandbits(64))
for call in [lambda: random.randrange(5, 5), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0),
             lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
             lambda: random.getrandbits(-1)]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
random.seed()
x = random.random()
print(0 <= x < 1)
