# Generators as methods: they see the instance, and several can run interleaved.
class Ledger:
    def __init__(self):
        self.entries = []

    def add(self, amount):
        self.entries.append(amount)
        return self

    def running(self):
        total = 0
        for amount in self.entries:
            total += amount
            yield total

    def credits(self):
        return (a for a in self.entries if a > 0)


ledger = Ledger().add(10).add(-3).add(5)
print(list(ledger.running()), list(ledger.credits()))
r1, r2 = ledger.running(), ledger.running()
print(next(r1), next(r1), next(r2), next(r1), list(r2))
