class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"Insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
acct = Account(100)
acct.withdraw(30)
try:
    acct.withdraw(100)
except ValueError:
    acct.log = None
    print(acct.balance, undefined)
