def format_area(value):
    return f"{value:.2f} m2"
