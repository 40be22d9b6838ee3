# dict lookup of a missing int key.
d = {1: "one"}
d[2]
