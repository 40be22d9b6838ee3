# negative list index past the start.
xs = [1, 2, 3]
xs[-4]
