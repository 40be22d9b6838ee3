students = [("alice", 88, "B"), ("bob", 95, "A"), ("carol", 88, "A"), ("dave", 72, "C")]
by_score = sorted(students, key=lambda s: s[1], reverse=True)
print(by_score)
print(sorted(students, key=lambda s: (s[2], -s[1])))
best = max(students, key=lambda s: s[1])
print("Best:", *best, sep=" | ", end=" <<\n")
total = 0
for name, score, _ in students:
    total += score
else:
    print("avg", total / len(students), round(total / len(students), 1))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=",")
print()
i = 0
while i < 3:
    i += 1
else:
    print("while done", i)
if (n := len(students)) > 3:
    print("many", n)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x is not None)
print("even" if x % 2 == 0 else "odd", x if x else "zero", [] or "empty", 0 and 1, None or 0)
nums = list(range(10))
nums[2:5] = ["a"]
print(nums)
del nums[::2]
print(nums)
nums[1:1] = [100, 200]
print(nums, nums.count(100), nums.index(200))
nums.insert(0, -1); nums.insert(100, 99); nums.extend("ab"); nums.reverse()
print(nums)
nums.clear(); print(nums, nums == [], [] is [])
a = [1, 2, 3]; b = a; c = a[:]
b.append(4)
print(a, c, a is b, a is c, a == c + [4])
t = (1, [2, 3])
t[1].append(4)
print(t, len(t), t.count(1), t.index([2, 3, 4]), (1,) * 3, (1, 2) + (3,), tuple("ab"))
s = {3, 1, 2}
s.add(2); s.discard(5); s |= {10}
print(s, s & {1, 10, 99}, s - {1}, s ^ {1, 50}, {1, 2} <= s, s.issuperset({1}), len(s), sorted(s))
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset([2, 1])], set(), {}, type({}).__name__)
def swap(a, b):
    return b, a
p, q = swap(1, 2)
(m, n), o = (3, 4), 5
print(p, q, m, n, o)
for idx, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, k, v)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
print(list(map(str.upper, ["a", "b"])), list(map(len, ["aa", "b"])), sorted(["b", "A", "c"], key=str.lower))
words = "the cat sat on the mat the end".split()
uniq = []
for w in words:
    if w not in uniq:
        uniq.append(w)
print(uniq, len(set(words)), sorted(set(words), key=words.index))
print(str(list(range(3))), repr((1, "a", None, True, 2.0)), [None, [], {}, set(), (), ""])
print(bool([0]), bool(""), bool(" "), bool(0.0), bool(None), int(True) + True, True + 1.5)
print(10 / 4, 10 // 4, 10 % 4, -10 / 4, 2 ** 10, 2 ** 0.5 ** 2, (-8) ** (1 / 3) if False else abs(-8))
print(chr(ord("a") + 1), "%c" % 98, "b" > "a", "10" < "9", 10 < 9, [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2]]))
print(list(range(5))[::-1], "".join(reversed("abc")), [1, 2, 3][-1], [1, 2, 3][:-1])
print(isinstance([], list), type([]) == list, type(1) is int, isinstance(1.0, (int, float)), type(type))
