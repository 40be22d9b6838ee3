# Nested loops over ranges and lists, building a multiplication table and a running max.
for i in range(1, 5):
    line = ""
    for j in range(1, 5):
        line = line + str(i * j) + " "
    print(line)
data = [[3, 9, 2], [7, 1], [], [8, 8, 10]]
best = None
for row in data:
    for v in row:
        if best == None or v > best:
            best = v
print(best)
count = 0
i = 0
while i < 10:
    j = i
    while j < 10:
        count += 1
        j += 1
    i += 1
print(count)
