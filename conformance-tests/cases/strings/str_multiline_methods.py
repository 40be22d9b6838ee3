# Text-processing chains mixing several methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = """  Alpha: 1
beta:2   
	gamma :  3
"""
pairs = {}
for line in text.splitlines():
    key, _, value = line.partition(":")
    pairs[key.strip().lower()] = int(value.strip())
print(pairs)
words = "the Quick brown fox Jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words), sorted(set(w.lower() for w in words)), max(words, key=len))
print("-".join(words).upper().replace("THE", "the", 1).title().swapcase())
print(",".join(f"{w:>6}" for w in words[:3]), "|".join(w.center(7, ".") for w in words[:2]))
