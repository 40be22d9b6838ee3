# list indexed by a str.
xs = [1]
xs["0"]
