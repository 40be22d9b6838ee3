# if / elif / else picks the first true branch.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print(classify(-5))
print(classify(0))
print(classify(3))
print(classify(100))
x = 7
if x % 2 == 0:
    print("even")
else:
    print("odd")
if x > 5:
    print("gt 5")
if x > 50:
    print("never")
if "":
    print("never")
elif None:
    print("never")
else:
    print("falsy values skipped")
if x > 0:
    if x > 5:
        print("nested true")
    else:
        print("nested false")
