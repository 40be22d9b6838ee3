class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
def length(n):
    return 1 + length(n.next)
print(length(Node(1, Node(2))))
