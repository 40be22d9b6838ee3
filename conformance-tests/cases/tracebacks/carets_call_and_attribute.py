# conformance: full-stderr
# A failed method lookup is underlined at the attribute, a failed call at the call.
def check(items):
    items.append(1)
    items.sort()
    return items.appendd(2)

data = [3, 1]
print(check(data) if len(data) > 5 else len(data, data))
