# print uses str() on its arguments, but containers show their elements with repr().
print("text")
print(["text"])
print({"k": "text"})
print(1.0, [1.0])
print(None, [None])
print(str("q'uote"), repr("q'uote"))
print([0.1 + 0.2, -0.0, 1e16])
