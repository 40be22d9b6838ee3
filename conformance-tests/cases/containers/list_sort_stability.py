# list.sort and sorted are stable, with key= and reverse= (reverse keeps equal items in order).
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1), ('f', 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
xs = list(data)
xs.sort(key=lambda p: -p[1])
print(xs)
xs.sort(reverse=True)
print(xs)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(range(300), key=lambda i: big[i])
print(s[:20], all(big[s[i]] <= big[s[i + 1]] for i in range(299)))
print(all(s[i] < s[i + 1] for i in range(299) if big[s[i]] == big[s[i + 1]]))
print(sorted([]), sorted([1]), sorted('hello'), sorted((3, 1, 2)), sorted({3: 'x', 1: 'y'}))
print(sorted([[2, 1], [1, 2], [1, 1, 0], [1]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
ys = [5, 1, 4]
print(ys.sort(), ys, sorted(ys, reverse=False) is ys)
