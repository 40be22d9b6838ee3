# conformance: full-stderr
# An uncaught exception through several frames, including a method and a lambda.
class Parser:
    def parse(self, text):
        return [self.convert(part) for part in text.split(',')]

    def convert(self, part):
        return (lambda p: int(p) * 2)(part)


def main():
    parser = Parser()
    print(parser.parse('1,2,3'))
    print(parser.parse('4,x,6'))


main()
