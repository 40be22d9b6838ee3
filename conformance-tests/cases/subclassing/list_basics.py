# A list subclass is a list: methods work on it, results of list's own methods are lists.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__)
print(type(s[:2]), type(s + [9]), type(s * 2), type(s.copy()), type([0] + s), type(sorted(s)))
s.sort(reverse=True)
s.extend(range(2))
s += [7]
s *= 1
print(s, type(s).__name__, isinstance(s, list), s == [3, 2, 1, 0, 1, 7], s.index(7), s.count(1))
s[0] = 'zero'
del s[1]
s.insert(0, 'first')
print(s, repr(s), str(s), bool(Stack()), bool(s), [x for x in s])
s.tag = 'mine'
print(s.tag, s.__dict__, vars(s))
print(list(s), tuple(s), list(reversed(s)), max(Stack([3, 9, 2])), sum(Stack([1, 2, 3])), 'zero' in s)
a, *rest = Stack([1, 2, 3])
print(a, rest)
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)
