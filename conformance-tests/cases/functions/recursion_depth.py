# Moderately deep recursion (well below the default limit of 1000) works.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(depth(500))
print(sum_to(900))
