# A tight loop of small-int and float arithmetic with comparisons and augmented assignment.
total = 0
acc = 0.0
i = 0
while i < 1000000:
    total += (i * 7 + 3) % 11 - i // 5
    if i % 3 == 0:
        acc += i / 7
    else:
        acc -= 0.5
    i += 1
print(total)
print(acc)
