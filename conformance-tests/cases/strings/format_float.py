# format() of floats: e f g %, the repr-like default, correct rounding, grouping, z and #.
specs = ["", ".0", ".1", ".3", ".10", "e", ".2e", "E", "f", ".0f", ".2f", "F", "g", ".3g", "G", "#g", "#.3",
         "%", ".1%", ",", ",.2f", "_.3f", "+", " .1f", "010.2f", "=+12,.1f", "*^12.3g", "z.1f", "n", "#.0f", "#.0e"]
for v in [0.0, -0.0, 1.0, 2.5, -3.75, 0.1, 2.675, 1234567.891, 1e16, 1e-5, 123456789012.0, -0.0004,
          1.7976931348623157e308, 5e-324, float("inf"), float("-inf"), float("nan")]:
    out = []
    for spec in specs:
        out.append(format(v, spec))
    print(out)
print(format(0.125, ".2f"), format(0.375, ".2f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e22, "f"))
print(format(0.1, ".30f"), format(1 / 3, ".17g"))
