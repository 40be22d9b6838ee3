package dev.terrarium.runtime;

/** The six rich comparisons, as CPython's {@code Py_LT}..{@code Py_GE}. */
public enum CompareOp {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    public final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operation to try on the right operand when the left one declines: a < b is b > a. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Whether a three-way comparison result {@code cmp} (negative, zero, positive) satisfies this operation. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
