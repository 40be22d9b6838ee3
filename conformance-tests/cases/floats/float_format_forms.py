# The same floats through str, repr, f-strings, % and format with common specs.
for x in [0.1, 2.5, -1.0, 1e16, 1.5e-7, 123456.789, float('inf'), -0.0, 1/3, 100.0]:
    print(str(x), repr(x), f'{x}', f'{x:.3f}', f'{x:g}', f'{x:e}', '%s' % x, '%r' % x, '%.2f' % x, format(x, '10.4g'), f'{x:,.2f}')
