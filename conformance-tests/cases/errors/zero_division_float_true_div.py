# float / zero: "float division by zero".
x = 0
1.5 / x
