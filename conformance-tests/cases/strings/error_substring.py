# str.index raises ValueError when the substring is absent.
print("haystack".index("st"))
print("haystack".index("needle"))
