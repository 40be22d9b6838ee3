# Signed zeros and infinities through +, -, *, / and unary minus.
pz, nz, inf = 0.0, -0.0, float('inf')
for a in (pz, nz, 1.0, -1.0, inf, -inf):
    for b in (pz, nz, 1.0, -1.0, inf, -inf):
        row = [repr(a + b), repr(a - b), repr(a * b)]
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append(str(e))
        print(a, b, ' '.join(row))
print(repr(-pz), repr(-nz), repr(abs(nz)), repr(nz * -1), repr(0 * -1.0), repr(-0 * 1.0))
