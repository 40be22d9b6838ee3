# conformance: full-stderr
# raise ... from prints the cause first, then "The above exception was the direct cause".
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {text!r}') from e


parse('twelve')
