# format_map uses the mapping directly, so missing keys can be computed.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Default:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, key):
        return self.known.get(key, "<" + key + ">")
print("{a} and {b}".format_map(Default(a="A")), "{x.real}".format_map({"x": 2}))
print("{0}".format_map({"0": "str zero"}) if False else "", "{}".format_map({}) if False else "")
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{a}".format_map(5))
t(lambda: "{a}".format_map())
class M:
    def __getitem__(self, key):
        return key * 2
print("{ab}-{c}".format_map(M()))
