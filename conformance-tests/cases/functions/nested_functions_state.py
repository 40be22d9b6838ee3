# Memoization with a closure dict, generators closing over loop state, and recursive inner functions.
def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


def permutations(items):
    def helper(prefix, rest):
        if not rest:
            yield prefix
        for i, x in enumerate(rest):
            yield from helper(prefix + [x], rest[:i] + rest[i + 1:])
    return list(helper([], items))


print(permutations([1, 2, 3]))
