# repr of nested containers: strings inside use repr, floats their shortest form.
print([[1, [2, [3, []]]], {}])
print({"k": [1.0, "v", None], "d": {"x": -0.0}})
print([["it's", 'say "hi"']])
print({1: {2: {3: [0.1 + 0.2]}}})
print(repr([{"a": [1]}]))
print(str({"q": "'"}))
