def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = m[ch]
        if i + 1 < len(s) and m[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} = {r}")
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
board = [[" "] * 3 for _ in range(3)]
def winner(b):
    lines = b + [list(c) for c in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None
moves = [(0, 0), (1, 1), (0, 1), (2, 2), (0, 2)]
for turn, (r, c) in enumerate(moves):
    board[r][c] = "XO"[turn % 2]
    if (w := winner(board)):
        print(f"{w} wins after {turn + 1} moves")
        break
print("\n-+-+-\n".join(["|".join(row) for row in board]))
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        lines = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            comma = "," if i < len(obj) - 1 else ""
            lines.append(f'{pad}  "{k}": {pretty(v, indent + 1)}{comma}')
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, list):
        return "[" + ", ".join([pretty(x, indent + 1) for x in obj]) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return str(obj)
print(pretty({"name": "Widget", "tags": ["a", 'b"c'], "price": 9.99, "stock": None, "active": True, "dims": {"w": 1, "h": 2.5}}))
def fizz(n):
    return "".join([s for d, s in ((3, "Fizz"), (5, "Buzz")) if n % d == 0]) or str(n)
print(" ".join(map(fizz, range(1, 16))))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 10000), key=collatz)
print(best, collatz(best))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), [gcd(12, k) for k in range(1, 13)], 2**64 // gcd(2**64, 6**20))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "race a car", ""]])
def word_wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + (1 if cur else 0) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in word_wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16):
    print(f"|{line:<16}|")
