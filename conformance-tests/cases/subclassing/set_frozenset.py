class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags(['a'])
t.add_all('b', 'c')
print(sorted(t), len(t), 'a' in t, type(t).__name__, repr(Tags()), repr(Tags([1])))
print(type(t | {'z'}).__name__, type(t & {'a'}).__name__, type(t - {'a'}).__name__, type(t ^ {'q'}).__name__, type(t.copy()).__name__, type(t.union([1])).__name__)
t |= {'d'}
t -= {'a'}
print(type(t).__name__, sorted(t), t == {'b', 'c', 'd'}, t <= {'b', 'c', 'd', 'e'}, set(t) == t)
t.x = 1
print(t.x)


class Frozen(frozenset):
    def __repr__(self):
        return 'Frozen(' + ', '.join(sorted(map(str, self))) + ')'


fz = Frozen('cab')
print(fz, {fz: 1}[frozenset('abc')], hash(fz) == hash(frozenset('abc')), type(fz | {'d'}).__name__, len(fz))


class Plain(frozenset):
    pass


print(Plain([1]), Plain(), repr(Plain([2])), frozenset(Plain([3])), type(frozenset(Plain([3]))).__name__)
