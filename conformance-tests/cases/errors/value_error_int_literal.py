# int("x"): "invalid literal for int() with base 10: 'x'".
int("x")
