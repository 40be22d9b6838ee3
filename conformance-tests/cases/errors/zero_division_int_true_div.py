# int / int by zero: "division by zero".
print("before")
1 / 0
