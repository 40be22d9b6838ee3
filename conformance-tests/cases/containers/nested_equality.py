# Deep equality and ordering of nested containers, identity shortcuts and mixed numeric types.
a = [1, (2, [3, {'k': {4, 5}}]), {6: [7.0]}]
b = [1.0, (2, [3, {'k': frozenset({4, 5})}]), {6: [7]}]
print(a == b, a != b, [a] == [b], (a,) == (b,))
print([[1, 2], [3]] < [[1, 2], [3, 0]], ((1, 'b'),) > ((1, 'a'),), [(1, [2])] <= [(1, [2])])
print({'a': [1, {2: 3}]} == {'a': [1, {2: 3.0}]}, {1: {2: [3]}} == {1: {2: (3,)}})
nan = float('nan')
x = [nan]
print(x == x, [nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan}, [float('nan')] == [float('nan')])
print(sorted([[3], [1, 2], [1], [], [1, 1]]), sorted([(2, 'a'), (1, 'z'), (2, 'B')]))
print(max([[1, 2], [1, 3], [0, 9]]), min([(0, 1), (0,), (0, 0)]))
print([1, 2] == [1, 2], [1, 2] is [1, 2] if False else 'skip', () == (), [] == [], [] == (), {} == set() if False else 'skip2')
