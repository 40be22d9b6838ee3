# while loops: counting, accumulating, and a loop that never runs.
i = 0
while i < 5:
    print(i)
    i += 1
total = 0
n = 100
while n:
    total += n
    n -= 1
print(total)
while False:
    print("never")
a = 0
b = 1
count = 0
while count < 20:
    nxt = a + b
    a = b
    b = nxt
    count += 1
print(a)
