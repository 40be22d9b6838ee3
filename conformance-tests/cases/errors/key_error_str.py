# dict lookup of a missing str key: KeyError shows the key repr.
d = {"a": 1}
d["missing"]
