def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 3], 6), two_sum([1], 5))

def is_valid(s):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
        else:
            stack.append(ch)
    return not stack
print([is_valid(s) for s in ["()", "()[]{}", "(]", "([)]", "{[]}", ""]])

def group_anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())
print(group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))

def merge_intervals(iv):
    iv.sort(key=lambda x: x[0])
    out = []
    for s, e in iv:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]))

def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
a = list(range(0, 100, 3))
print(binary_search(a, 27), binary_search(a, 28), binary_search(a, -5))

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
print(quicksort([5, 3, 8, 1, 9, 2, 7, 3]))

def merge_sort(xs):
    if len(xs) < 2:
        return xs[:]
    m = len(xs) // 2
    l, r = merge_sort(xs[:m]), merge_sort(xs[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out
print(merge_sort([38, 27, 43, 3, 9, 82, 10]))

def permutations(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in permutations(xs[:i] + xs[i + 1:])]
print(permutations([1, 2, 3]))

def subsets(xs):
    res = [[]]
    for x in xs:
        res += [s + [x] for s in res]
    return res
print(subsets(["a", "b", "c"]))

def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i-1][j-1] + 1 if a[i-1] == b[j-1] else max(dp[i-1][j], dp[i][j-1])
    return dp[-1][-1]
print(lcs("ABCBDAB", "BDCABA"))

def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i*i::i] = [False] * len(sieve[i*i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(60))

def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph.get(node, []):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order
g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"]}
print(bfs(g, "A"))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in zip(*matrix)])
print(sum(map(sum, matrix)), [[r[i] for r in matrix] for i in range(3)])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 2 ** 100, pow(3, 4, 5), abs(-3.5))
print(int(1e10), float(10**20), 10**20 / 3, 7 / 7, 1e300 * 1e10, -(1e300 * 1e10))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
nums.sort(); print(nums, nums[::-2], nums[2:5], nums[-3:], nums[:-3])
print(list(range(10, 0, -3)), range(5), range(1, 10, 2), len(range(0, 100, 7)), range(10)[2:5])
d = dict(zip("abc", range(3)))
d.update(b=10, z=26)
print(d, list(d.items())[1], d.pop("a"), d.pop("z"), d, "b" in d, 10 in d.values())
print(dict(x=0, y=0), dict(d, new=1))
