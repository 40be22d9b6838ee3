# range() step of zero.
range(1, 10, 0)
