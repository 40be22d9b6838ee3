# str/repr of ints, int() of their text, and formatting in other bases round-trip exactly.
vals = [0, 1, -1, 9, 10, 99, 100, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64, 10**18, 10**19,
        -10**19, 12345678901234567890123456789, -(7**77)]
for v in vals:
    s = str(v)
    assert int(s) == v and int(repr(v)) == v
    print(s, len(s), int(bin(v), 2) == v, int(oct(v), 8) == v, int(hex(v), 16) == v,
          format(v, 'x'), format(v, ','), format(v, '_b')[-12:])
print(int('0' * 100 + '5'), int('-' + '0' * 50), int(' +0_0_1 '), str(-0), repr(int('-0')))
