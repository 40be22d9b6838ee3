# Lists are mutable objects shared by reference.
a = [1, 2, 3]
b = a
b[0] = "changed"
print(a)

def mutate(lst):
    lst[1] = "from function"

mutate(a)
print(b)
grid = [[0, 0], [0, 0]]
row = grid[0]
row[1] = 5
print(grid)
