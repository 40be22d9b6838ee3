import heapq, bisect, operator, string, copy
from operator import itemgetter, attrgetter, methodcaller

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 3, 8]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, [("a", 3), ("b", 5), ("c", 1)], key=lambda t: t[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
pq = []
heapq.heappush(pq, (2, "write"))
heapq.heappush(pq, (1, "read"))
heapq.heappush(pq, (3, "exec"))
while pq:
    print(heapq.heappop(pq), end=" ")
print()
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([("a", 1), ("b", 5)], 5, key=lambda t: t[1]))

print(operator.add(2, 3), operator.mul(3, 4), operator.neg(5), operator.not_(0), operator.truth([]))
print(operator.getitem([1, 2], 1), operator.contains("abc", "b"), operator.concat([1], [2]), operator.itemgetter(1)("xyz"))
g = itemgetter(1, 0)
print(g(("a", "b")), itemgetter("k")({"k": 4}), g, attrgetter("real", "imag"), methodcaller("split", ",", maxsplit=1))
rows = [("bob", 30), ("al", 25), ("cy", 35)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
print(attrgetter("name")(P("x")), attrgetter("inner.name")(P("o", P("i"))))
print(methodcaller("upper")("abc"), methodcaller("replace", "a", "b")("aaa"))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), operator.iadd([1], [2]), operator.index(7), operator.pow(2, 10))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; cost: $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bo"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Formatter().format("{0} and {name!r:>6} {1:.2f}", "a", 3.14159, name="n"))
print(list(string.Formatter().parse("x{0}y{a.b:>3}")))

orig = [[1, 2], {"a": [3]}, (4, [5])]
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig[0].append(9); orig[1]["a"].append(8); orig[2][1].append(7)
print(sh, dp, sh[0] is orig[0], dp[0] is orig[0])
class Pt:
    def __init__(self, x, l):
        self.x = x
        self.l = l
p = Pt(1, [1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
p.l.append(3)
print(q.l, r.l, q.x, type(r).__name__)
shared = [1]
box = [shared, shared]
b2 = copy.deepcopy(box)
print(b2[0] is b2[1], b2[0] is shared)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy({"k": Custom(2)})["k"].v)
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy((1, 2)), copy.copy({1, 2}))
