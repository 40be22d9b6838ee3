text = "The quick brown fox jumps over the lazy dog. The dog sleeps!"
words = text.lower().replace(".", "").replace("!", "").split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:<8}|{n:>3}|{'*' * n}")
print(" ".join(reversed(text.split())))
print(text.title())
print(text.swapcase()[:20])
print("racecar" == "racecar"[::-1], "".join(sorted("listen")) == "".join(sorted("silent")))
print(text.count("the"), text.find("dog"), text.rfind("dog"), text.index("fox"))
print(text.startswith(("The", "A")), text.endswith("!"))
print("  padded  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(" "))
print("line1\nline2\r\nline3".splitlines(), "a=b=c".partition("="), "a=b=c".rpartition("="))
print("{:^20}".format("center"), "{0:>5}|{1:<5}|".format(1, 2))
print("%s is %d years and %.2f m" % ("Bob", 30, 1.8567))
print("%5s|%-5s|%05d|%x|%o|%e" % ("a", "b", 42, 255, 8, 12345.678))
print(f"{3.14159:.3f} {1234567:,} {0.25:.1%} {42:08b} {255:#x} {-3:+d}")
print(f"{'abc'!r:>10} {10/3=}")
name = "World"
print(f"Hello, {name}!", f"{name.upper()}", f"{len(name)}", f"{{literal}}")
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("Hello World".isalpha(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Abc".istitle())
print(ord("A"), chr(97), "abc".encode(), bytes([120]).decode("ascii"))
s = "hello world"
print("".join([chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in s]))
print(s.capitalize(), s.casefold(), "tab\tsep".expandtabs(4))
print(",".join(map(str, range(5))), "-".join("abc"))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("nl\n\t\\"), repr("é✓"), ascii("é✓"))
print(str(1.0), str(1e20), str(1e16), str(1.5e-7), repr(0.1 + 0.2), 1/3, 2/3, 10/2)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234.5678, -2))
print(int("ff", 16), int("0b101", 0), bin(10), oct(8), hex(255), int("  7  "))
print("abc" < "abd", "Z" < "a", "apple" > "app", max("hello"), sorted("hello"))
print("x".join(["1"]), "".join([]), "a b".split(None), "  a  b  ".split(), "abc".split("b", 1))
print("%r %s" % ("s", "s"), "%c" % 65, "%%", "%(a)s-%(b)s" % {"a": 1, "b": 2})
print("Mississippi".replace("ss", "SS", 1), "abc".translate(str.maketrans("abc", "xyz")))
