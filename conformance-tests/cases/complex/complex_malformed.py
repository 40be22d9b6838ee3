# A malformed complex string.
print(complex("1+2j"))
print(complex("1+2jj"))
