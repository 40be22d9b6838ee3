# complex(str) accepts CPython's forms and rejects the rest with its message.
def t(s):
    try:
        print(repr(s), repr(complex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

for s in ['1+2j', '1-2j', ' 1+2j ', '(1+2j)', ' ( 1+2j ) ', '1.5e3-2.5E-2j', 'j', '-j', '+j',
          '2J', '1_0+2_0j', 'inf', '-infj', 'nan', 'NaNj', '1e500', '1e500j', '.5j', '5.j',
          '1 + 2j', '1+2', '1+2jj', '', '()', '(1+2j', '1+2j)', 'abc', '1+j2', '--1', '1e', 'j1',
          '1+-2j', '0x10', '1__0j', '\t3\n', '(\t-4j\n)']:
    t(s)
try:
    complex('1', '2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(b'1+2j')
except TypeError as e:
    print(type(e).__name__, e)
