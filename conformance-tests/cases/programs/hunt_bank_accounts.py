class InsufficientFundsError(Exception):
    """Raised when an account lacks funds."""
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(f"Need {needed:.2f}, only {available:.2f} available")

class Transaction:
    _next_id = 1
    def __init__(self, kind, amount):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
    def __repr__(self):
        return f"<Transaction #{self.id} {self.kind} {self.amount:+.2f}>"

class BankAccount:
    interest_rate = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.history.append(Transaction("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(amount, self._balance)
        self._balance -= amount
        self.history.append(Transaction("withdraw", -amount))
        return self
    def apply_interest(self):
        interest = self._balance * self.interest_rate
        self._balance += interest
        self.history.append(Transaction("interest", interest))
    def __str__(self):
        return f"{self.owner}: ${self.balance:,.2f}"
    def __lt__(self, other):
        return self.balance < other.balance

class SavingsAccount(BankAccount):
    interest_rate = 0.05
    def __init__(self, owner, balance=0.0, min_balance=100):
        super().__init__(owner, balance)
        self.min_balance = min_balance
    def withdraw(self, amount):
        if self._balance - amount < self.min_balance:
            raise InsufficientFundsError(amount, self._balance - self.min_balance)
        return super().withdraw(amount)

accounts = [BankAccount("Alice", 1000), SavingsAccount("Bob", 5000), BankAccount("Carol")]
accounts[0].deposit(250.75).withdraw(100)
accounts[1].withdraw(1200.5)
accounts[2].deposit(42)
for acct in accounts:
    acct.apply_interest()
for acct in sorted(accounts, reverse=True):
    print(acct)
for acct in accounts:
    print(acct.owner, acct.history)
for owner, amount in [("Carol", 100), ("Bob", 3750), ("Alice", -5)]:
    acct = [a for a in accounts if a.owner == owner][0]
    try:
        if amount < 0:
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
    except InsufficientFundsError as e:
        print(f"{owner}: {e} (short by {e.needed - e.available:.2f})")
    except ValueError as e:
        print(f"{owner}: invalid - {e}")
total = sum([a.balance for a in accounts])
print(f"Total holdings: ${total:,.2f}")
print(f"Average: ${total / len(accounts):.2f}")
