# A class with __iter__ returning a generator, and iter() with a sentinel.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(tree), sum(tree), 3 in tree, max(tree))
numbers = iter([5, 6, 0, 7])
print(list(iter(lambda: next(numbers), 0)))
it = iter(tree)
print(next(it), next(it), list(it))
try:
    iter(5)
except TypeError as e:
    print(e)
