# int // 0: "integer division or modulo by zero".
7 // 0
