# int + str: "unsupported operand type(s) for +: ...".
x = 1
y = "a"
x + y
