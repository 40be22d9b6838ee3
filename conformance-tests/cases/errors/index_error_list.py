# list index past the end: "list index out of range".
xs = [1, 2, 3]
xs[3]
