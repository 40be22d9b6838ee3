# calling an int.
x = 5
x()
