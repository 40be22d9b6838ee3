# unary minus on a str.
s = "a"
-s
