class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        self._protected = 1
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account("ann")
print(a.owner(), Account.count(), a.reveal())
class Shape:
    def __init__(self, name):
        self.name = name
class Circle(Shape):
    def __init__(self, r):
        self.r = r
c = Circle(2)
try:
    print(c.name)
except AttributeError as e:
    print(e)
class Square(Shape):
    def __init__(self, s):
        super().__init__()
try:
    Square(1)
except TypeError as e:
    print(e)
class Counter:
    instances = 0
    def __init__(self):
        self.__class__.instances += 1
        type(self).instances += 0
Counter(); Counter()
print(Counter.instances)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def add(self, *kids):
        self.children.extend(kids)
        return self
    def depth(self):
        return 1 + max([c.depth() for c in self.children], default=0)
    def walk(self, level=0):
        print("  " * level + str(self.val))
        for c in self.children:
            c.walk(level + 1)
    def __iter__(self):
        yield_list = [self.val]
        for c in self.children:
            yield_list.extend(list(c))
        return iter(yield_list)
    def __repr__(self):
        return f"Node({self.val!r}, {self.children!r})" if self.children else f"Node({self.val!r})"
tree = Node("root").add(Node("a").add(Node("a1"), Node("a2")), Node("b"))
tree.walk()
print(tree.depth(), list(tree), tree)
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, k):
        self.size += 1
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            i = 1 if k < n[0] else 2
            if n[i] is None:
                n[i] = [k, None, None]
                return
            n = n[i]
    def inorder(self):
        out = []
        def go(n):
            if n:
                go(n[1]); out.append(n[0]); go(n[2])
        go(self.root)
        return out
    def __len__(self): return self.size
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]: return True
            n = n[1] if k < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(t.inorder(), len(t), 60 in t, 65 in t)
class LinkedList:
    class _Node:
        __slots__ = ("v", "nxt")
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, items=()):
        self.head = None
        for x in reversed(list(items)):
            self.head = self._Node(x, self.head)
    def __iter__(self):
        n = self.head
        out = []
        while n:
            out.append(n.v)
            n = n.nxt
        return iter(out)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll); ll.reverse(); print(ll, LinkedList())
