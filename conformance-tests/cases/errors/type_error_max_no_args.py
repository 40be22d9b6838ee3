# max() with no arguments.
max()
