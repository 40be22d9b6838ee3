# for/while with else, break and continue in nested loops, loop variables after the loop.
for i in range(3):
    pass
else:
    print('for finished, i =', i)
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print('even', n)
else:
    print('while finished')
for a in range(3):
    for b in range(3):
        if b > a:
            break
        if (a + b) % 2:
            continue
        print(a, b, end='; ')
print()
count = 0
while True:
    count += 1
    if count >= 3:
        break
print(count)
for x in []:
    print('never')
else:
    print('empty loop runs else')
