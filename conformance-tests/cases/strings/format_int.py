# format() of ints: types, alignment, sign, alternate forms, grouping, zero padding.
specs = ["", "d", "5", "<5", "^7", "*>8", "+", " ", "08", "0=8", "x", "#x", "#X", "#o", "#b", "b", "_b", "#_x",
         ",", "_", "012,", "+013_", "c", "n", "e", ".2f", "%", "g"]
for v in [0, 7, -42, 255, 1234567, -98765432109876543210, True]:
    out = []
    for spec in specs:
        if spec == "c" and (v < 0 or v > 0x10ffff):
            continue
        out.append(format(v, spec))
    print(out)
print(format(65, "c"), format(0x1F600, "^5c"), format(False, ""), format(True, "d"))
