# conformance: full-stderr
# An exception raised inside a generator shows the generator's frame under the consumer's.
def numbers(limit):
    for n in range(limit):
        yield 10 // (3 - n)


def consume():
    return [x for x in numbers(5)]


consume()
