# str - int: unsupported operand.
"a" - 1
