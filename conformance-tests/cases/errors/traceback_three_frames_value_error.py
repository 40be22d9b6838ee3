# conformance: full-stderr
# A ValueError raised by a builtin three calls deep.
def parse(text):
    int(text)

def load(text):
    parse(text)

def main():
    load("12")
    print("parsed 12")
    load("twelve")

main()
