# Method calls on instances: a small method called 2M times in a loop.
class Counter:
    def __init__(self):
        self.count = 0

    def step(self, k):
        self.count += k
        return self.count


def run(n):
    c = Counter()
    total = 0
    for i in range(n):
        total += c.step(i & 3)
    return total


print(run(2000000))
