# f-strings with expressions, conversions, nested format specs, and = debugging specifiers.
name, value, width = 'pi', 3.14159, 10
print(f'{name!r:>{width}}|{value:.{2}f}|{value:^{width}.3}|{name=}|{value*2=:.1f}')
items = {'a': 1}
print(f"{items['a']} {len(items)} {'yes' if items else 'no'} {{braces}} {3:03d} {255:#x} {1e6:,.0f}")
nested = [1, [2, 3]]
print(f'{nested[1][0]} {nested!s} {nested[1]!a}', f'{"quoted"}', f'{"multi" + "-" + "part"}')
