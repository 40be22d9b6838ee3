# len() with no arguments.
len()
