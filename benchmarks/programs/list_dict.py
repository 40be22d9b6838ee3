# Lists and dicts: a sieve of Eratosthenes over a list, then counting into a dict.
n = 1000000
is_prime = [True] * (n + 1)
is_prime[0] = False
is_prime[1] = False
p = 2
while p * p <= n:
    if is_prime[p]:
        for multiple in range(p * p, n + 1, p):
            is_prime[multiple] = False
    p += 1
last_digit_counts = {}
for d in range(10):
    last_digit_counts[d] = 0
count = 0
for k in range(n + 1):
    if is_prime[k]:
        count += 1
        last_digit_counts[k % 10] += 1
print(count)
print(last_digit_counts)
