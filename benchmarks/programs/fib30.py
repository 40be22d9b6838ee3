# Recursive calls: naive Fibonacci of 30 (1.6M calls of a global function).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
