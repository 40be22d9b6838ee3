# list * float.
[1] * 2.5
