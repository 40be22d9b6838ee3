# Too few arguments for a %-format.
print("%s and %s" % ("one", "two"))
print("%s and %s" % ("one",))
