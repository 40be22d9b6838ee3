# ordering a list against an int.
[1] > 1
