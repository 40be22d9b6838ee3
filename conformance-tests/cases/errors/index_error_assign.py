# item assignment past the end: "list assignment index out of range".
xs = [1, 2, 3]
xs[10] = 0
