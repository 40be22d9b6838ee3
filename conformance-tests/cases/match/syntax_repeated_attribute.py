match 0:
    case int(real=1, imag=0, real=2):
        pass
