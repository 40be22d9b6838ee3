# break leaves the innermost loop; continue skips to its next iteration.
for i in range(10):
    if i == 5:
        break
    print(i)
print("after break", i)
for i in range(10):
    if i % 3 != 0:
        continue
    print(i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    if n > 6:
        break
    print("n", n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == i:
            continue
        print(i, j)
