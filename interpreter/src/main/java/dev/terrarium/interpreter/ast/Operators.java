package dev.terrarium.interpreter.ast;

/** The operator enumerations of CPython's {@code ast}, with their Python spellings. */
public final class Operators {
    private Operators() {}

    /** {@code ast.boolop}. */
    public enum BoolOp { And, Or }

    /** {@code ast.operator}: the binary operators, also used by augmented assignment. */
    public enum BinOp {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
        LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

        public final String symbol;

        BinOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code ast.unaryop}. */
    public enum UnaryOp { Invert, Not, UAdd, USub }

    /** {@code ast.cmpop}. */
    public enum CmpOp {
        Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="),
        Is("is"), IsNot("is not"), In("in"), NotIn("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code ast.expr_context}. */
    public enum ExprContext { Load, Store, Del }
}
