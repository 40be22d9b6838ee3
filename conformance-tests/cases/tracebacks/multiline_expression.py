# conformance: full-stderr
def add(a, b):
    return a + b

total = add(1,
            2)
print(total)
result = (total +
          "three")
