# ordering int against str.
1 < "a"
