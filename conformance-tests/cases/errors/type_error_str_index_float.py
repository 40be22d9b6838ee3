# str indexed by a float.
s = "abc"
s[1.0]
