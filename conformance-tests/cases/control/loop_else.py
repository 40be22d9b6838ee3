# for/while ... else: the else clause runs only when the loop was not broken.
for i in range(3):
    pass
else:
    print("for finished", i)
for i in range(3):
    if i == 1:
        break
else:
    print("never")
n = 0
while n < 2:
    n += 1
else:
    print("while finished", n)
while True:
    break
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty for still runs else")
