# "match a, b:" matches a tuple; the subject can be any expression.
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)

print(" ".join(fizz(n) for n in range(1, 16)))

match x := [1, 2]:
    case [1, *rest]:
        print(x, rest)
