# A traceback through linked function and method calls names every frame, as CPython does.
class Node:
    def __init__(self, child):
        self.child = child

    def visit(self, depth):
        if self.child is None:
            return check(depth)
        return self.child.visit(depth + 1)


def check(depth):
    if depth > 3:
        raise ValueError("too deep: %d" % depth)
    return depth


def build(n):
    node = Node(None)
    for _ in range(n):
        node = Node(node)
    return node


for _ in range(2000):
    build(2).visit(0)
build(5).visit(0)
