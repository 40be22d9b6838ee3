# range() needs integers.
range(1.5)
