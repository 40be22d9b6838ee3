# A failed assert whose test spans two lines: CPython marks the part on its first line.
x = 3
assert (x >
 5), "m"
