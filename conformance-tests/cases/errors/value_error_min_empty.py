# min of an empty list.
min([])
