# Operators mixing int, float, complex and bool, and in-place operators on names, items, attributes.
values = [3, 2.5, 1 + 2j, True]
for a in values:
    print([a + b for b in values])
print(7 // 2, -7 // 2, 7 % -2, 2 ** -1, 2 ** 0.5 == 2 ** 0.5, True + True, divmod(-7, 2))
x = 10
x += 5
x //= 4
x **= 3
x %= 7
x <<= 2
x |= 1
x ^= 3
x &= 14
print(x)
items = [1, 2]
items[0] += 10
items += [3]
items *= 2
print(items)


class Acc:
    total = 0


acc = Acc()
acc.total += 7
acc.total -= 2
print(acc.total, Acc.total)
s = 'ab'
s *= 3
print(s, -(-3), +4, ~5, abs(-2.5), round(2.675, 2), int(-3.9), float('1e3'))
