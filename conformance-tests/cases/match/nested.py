# Patterns nest freely: sequences of mappings of classes...
class Node:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

def evaluate(tree):
    match tree:
        case int(n) | float(n):
            return n
        case Node("+", l, r):
            return evaluate(l) + evaluate(r)
        case Node("*", Node("+", a, b), c):
            print("distributing")
            return evaluate(a) * evaluate(c) + evaluate(b) * evaluate(c)
        case Node("*", l, r):
            return evaluate(l) * evaluate(r)
        case Node(op=op):
            raise ValueError(f"unknown operator {op!r}")

print(evaluate(Node("+", 1, Node("*", 2, 3))))
print(evaluate(Node("*", Node("+", 1, 2), 4)))
try:
    evaluate(Node("/", 1, 2))
except ValueError as e:
    print(e)

commands = [
    {"cmd": "move", "args": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]},
    {"cmd": "say", "args": ["hello", "world"]},
    {"cmd": "move", "args": []},
]
for c in commands:
    match c:
        case {"cmd": "move", "args": [{"x": x0, "y": y0}, *_, {"x": x1, "y": y1}]}:
            print("move from", (x0, y0), "to", (x1, y1))
        case {"cmd": "say", "args": [*words]}:
            print(" ".join(words))
        case {"cmd": cmd}:
            print("bad", cmd)
