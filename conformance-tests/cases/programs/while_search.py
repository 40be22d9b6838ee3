# A small search program: binary search and a BFS over a grid with while loops and deques as lists.
def bsearch(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print([bsearch(list(range(0, 100, 3)), t) for t in (0, 33, 34, 99)])
grid = ['..#.', '.##.', '....']
start, goal = (0, 0), (0, 3)
queue, seen, steps = [start], {start: 0}, None
while queue:
    r, c = queue.pop(0)
    if (r, c) == goal:
        steps = seen[(r, c)]
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < 3 and 0 <= nc < 4 and grid[nr][nc] == '.' and (nr, nc) not in seen:
            seen[(nr, nc)] = seen[(r, c)] + 1
            queue.append((nr, nc))
print(steps, len(seen))
