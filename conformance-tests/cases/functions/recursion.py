# Recursive functions: factorial with big results, fib, mutual recursion, gcd.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

print(fact(10))
print(fact(30))
print(fact(50))
print(fib(20))
print(is_even(10), is_odd(7), is_even(7))
print(gcd(1071, 462))
print(gcd(2 ** 100, 6 ** 50))
