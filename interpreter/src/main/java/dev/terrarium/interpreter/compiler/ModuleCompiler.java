package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.PYDICT;

import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles one Python module to one JVM class: a static {@code globals} field, a
 * method {@code $module(PyDict)} for the top-level code, and one static method per
 * function, named after it so that Java stack traces read as Python tracebacks
 * ({@link #pythonName} maps the names back).
 */
public final class ModuleCompiler implements Opcodes {
    /** Package of every generated class; the traceback keeps only frames of this package. */
    public static final String GENERATED_PACKAGE = "dev.terrarium.gen";
    public static final String MODULE_METHOD = "$module";

    private final String className;
    private final String filename;
    private ModuleClassWriter cw;
    private PositionTable positions;
    private SymbolTable symbols;
    private static final String CELL = "dev/terrarium/runtime/PyCell";
    private int functionCount;
    /** Local variable names of each generated method, parameters first (CPython's co_varnames). */
    private final java.util.Map<String, List<String>> localNames = new java.util.HashMap<>();

    public ModuleCompiler(String className, String filename) {
        this.className = GENERATED_PACKAGE.replace('.', '/') + "/" + className;
        this.filename = filename;
    }

    /** The binary name of the generated class. */
    public String binaryName() {
        return className.replace('/', '.');
    }

    /** Top-level statements per generated method, at first: small enough for the JIT to compile them. */
    static final int MODULE_CHUNK = 64;
    /** Prefix of the methods holding the module's top-level statements, {@code $body$0}, {@code $body$1}, ... */
    public static final String BODY_METHOD = "$body";

    /**
     * Compiles {@code module}; returns the class file. The JVM limits a method to 64 KiB of
     * bytecode, so the module's statements are spread over several methods, fewer per method
     * as long as one of them is still too large.
     */
    public byte[] compile(Module parsed) {
        // Every yield where the generator code can resume it (see YieldLinearizer).
        return compileWithRetries(YieldLinearizer.rewrite(parsed));
    }

    /** Name of the method running code compiled for {@code eval}: {@code (PyDict globals, PyDict locals) -> value}. */
    public static final String EVAL_METHOD = "$eval";
    /** Compiling code for exec()/eval(): its entry takes the globals and the locals. */
    private boolean dynamic;
    /** The expression of eval mode, or null. */
    private Expr evalExpression;
    /** Top-level names live in the locals namespace (exec/eval given locals other than the globals). */
    private boolean namespace;
    /** {@code from __future__ import annotations} is in force: annotations are kept as text. */
    boolean futureAnnotations;
    /** The yields of each generator body compiled in one method, by method name (see GeneratorCodeGen). */
    private final java.util.Map<String, List<int[]>> yieldSites = new java.util.HashMap<>();
    /**
     * Compile mode {@code 'single'} (the interactive interpreter): every expression statement
     * of the module's own code, in its compound statements too but not in function or class
     * bodies, passes its value to {@code sys.displayhook} (CPython's PRINT_EXPR).
     */
    private boolean interactive;

    /** Compiles the next module in {@code 'single'} mode (see {@link #interactive}); returns this. */
    public ModuleCompiler interactive() {
        this.interactive = true;
        return this;
    }

    boolean displaysExpressions() {
        return interactive;
    }

    /**
     * Compiles code for {@code exec} (expression null: {@code $module(PyDict globals, PyDict
     * locals)}) or {@code eval} ({@code $eval(PyDict globals, PyDict locals) -> PyObject}).
     * With {@code namespace}, top-level names are read from and written to the locals dict,
     * then looked up in the globals and builtins (CPython's LOAD_NAME); else they are globals.
     */
    public byte[] compileDynamic(Module module, Expr expression, boolean namespace) {
        this.dynamic = true;
        this.evalExpression = expression;
        this.namespace = namespace;
        if (expression != null) {
            // The symbol table walks statements: the expression, as the one statement of a module.
            return compileWithRetries(new Module(List.of(new Stmt.ExprStmt(expression.span(), expression))));
        }
        return compileWithRetries(YieldLinearizer.rewrite(module));
    }

    private byte[] compileWithRetries(Module module) {
        boolean linesOnly = false;
        int chunk = MODULE_CHUNK;
        while (true) {
            try {
                return compile(module, linesOnly, chunk);
            } catch (PositionTable.Full full) {
                linesOnly = true;
            } catch (org.objectweb.asm.ClassTooLargeException tooLarge) {
                throw new CompileError("module too large for the JVM: more than 65,535 distinct names and constants"
                        + " in one module", 1, 0);
            } catch (Oversized found) {
                for (String method : found.methods) {
                    if (!splitFurther(method)) {
                        throw new CompileError("code block too large for the JVM: " + pythonName(method), 1, 0);
                    }
                }
            } catch (org.objectweb.asm.MethodTooLargeException tooLarge) {
                String method = tooLarge.getMethodName();
                if (method.startsWith(BODY_METHOD) && chunk > 1) {
                    chunk = Math.max(1, chunk / 4);
                } else if (!splitFurther(method)) {
                    throw new CompileError("code block too large for the JVM: " + pythonName(method), 1, 0);
                }
            }
        }
    }

    /** Part budget of a function's first split: small parts are also what the JIT compiles. */
    static final int SPLIT_BUDGET = 400;
    /** Functions and class bodies compiled by a {@link FunctionSplitter}, with the weight budget of their parts. */
    private final java.util.Map<dev.terrarium.interpreter.ast.Node, Integer> splitBudgets = new java.util.IdentityHashMap<>();
    /** Top-level statements (alone in their {@code $body$k} method) compiled by a {@link FunctionSplitter}. */
    private final java.util.Map<dev.terrarium.interpreter.ast.Node, Integer> bodySplitBudgets = new java.util.IdentityHashMap<>();
    /** The one top-level statement of each {@code $body$k} method that holds just one, in the last attempt. */
    private final java.util.Map<String, Stmt> bodyStatements = new java.util.HashMap<>();
    /** The function (def) each generated method was compiled from, in the last attempt. */
    private final java.util.Map<String, dev.terrarium.interpreter.ast.Node> methodNodes = new java.util.HashMap<>();

    /** The JVM's limit on one method's bytecode. */
    private static final int METHOD_LIMIT = 65_535;
    /** Methods of functions and class bodies found too large in this attempt, one per function. */
    private final java.util.Map<dev.terrarium.interpreter.ast.Node, String> oversized = new java.util.IdentityHashMap<>();

    /** Thrown at the end of an attempt that found methods too large: all of them are split at once. */
    private static final class Oversized extends RuntimeException {
        final java.util.Collection<String> methods;

        Oversized(java.util.Collection<String> methods) {
            super(null, null, false, false);
            this.methods = methods;
        }
    }

    /**
     * Called at the end of a function's or class body's method (or one of its parts): notes
     * it when its bytecode already passes the JVM's limit, so that every such function is
     * split in the next attempt (ASM itself would only report the first).
     */
    void measure(MethodVisitor mv, String methodName) {
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        mv.visitLabel(end);
        dev.terrarium.interpreter.ast.Node fn = methodNodes.get(FunctionSplitter.functionOf(methodName));
        if (end.getOffset() > METHOD_LIMIT && fn != null) {
            oversized.putIfAbsent(fn, methodName);
        }
    }

    /**
     * After {@code method} came out too large: splits its function, or splits it into
     * smaller parts, for the next attempt. False when that cannot help.
     */
    private boolean splitFurther(String method) {
        String owner = FunctionSplitter.functionOf(method);
        boolean topLevel = owner.startsWith(BODY_METHOD + "$");
        dev.terrarium.interpreter.ast.Node node = topLevel ? bodyStatements.get(owner) : methodNodes.get(owner);
        if (node == null || !topLevel && !(node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef)) {
            return false;
        }
        java.util.Map<dev.terrarium.interpreter.ast.Node, Integer> budgets = topLevel ? bodySplitBudgets : splitBudgets;
        Integer budget = budgets.get(node);
        if (budget == null) {
            budgets.put(node, SPLIT_BUDGET);
            return true;
        }
        if (budget <= 1) {
            return false;
        }
        budgets.put(node, budget / 2);
        return true;
    }

    /**
     * Positions of the generated class's line number entries (entry n is the span of
     * line number n), or null when the entries are plain line numbers.
     */
    public List<Span> positions() {
        return positions.spans();
    }

    /** Whether the module's leading future imports include {@code annotations}. */
    private static boolean hasFutureAnnotations(Module module) {
        for (dev.terrarium.interpreter.ast.Stmt s : module.body()) {
            if (s instanceof dev.terrarium.interpreter.ast.Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (dev.terrarium.interpreter.ast.Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else if (!(s instanceof dev.terrarium.interpreter.ast.Stmt.ExprStmt)) {
                return false;
            }
        }
        return false;
    }

    private byte[] compile(Module module, boolean linesOnly, int chunk) {
        cw = new ModuleClassWriter();
        positions = new PositionTable(linesOnly);
        functionCount = 0;
        localNames.clear();
        methodNodes.clear();
        bodyStatements.clear();
        oversized.clear();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        cw.visitSource(filename, null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC, "globals", "L" + PYDICT + ";", null, null).visitEnd();
        futureAnnotations = hasFutureAnnotations(module);
        symbols = namespace ? SymbolTable.buildForNamespace(module) : SymbolTable.build(module);
        if (dynamic) {
            dynamicEntry(module, chunk);
            cw.visitEnd();
            if (!oversized.isEmpty()) {
                throw new Oversized(new ArrayList<>(oversized.values()));
            }
            return cw.toByteArray();
        }

        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, MODULE_METHOD, "(L" + PYDICT + ";)V", null, null);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        e.invokeStatic(className, ModuleClassWriter.RESOLVE_METHOD, "()V");
        mv.visitVarInsn(ALOAD, 0);
        e.putStatic(className, "globals", "L" + PYDICT + ";");
        // A module's code first sets __doc__: its docstring, or None.
        String doc = docstring(module.body());
        loadGlobals(e);
        e.pushStrConstant("__doc__");
        if (doc == null) {
            e.getStatic("dev/terrarium/runtime/PyNone", "INSTANCE", "Ldev/terrarium/runtime/PyNone;");
        } else {
            e.pushStrConstant(doc);
        }
        e.invokeStatic(Emitter.OPS, "storeGlobal", "(L" + PYDICT + ";L" + Emitter.PYSTR + ";" + OBJ + ")V");
        List<Stmt> body = module.body();
        for (int start = 0, k = 0; start < body.size(); start += chunk, k++) {
            String name = BODY_METHOD + "$" + k;
            bodyChunk(name, "()V", body.subList(start, Math.min(body.size(), start + chunk)));
            e.invokeStatic(className, name, "()V");
        }
        e.returnVoid();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.emitConstantResolution();
        cw.visitEnd();
        if (!oversized.isEmpty()) {
            throw new Oversized(new ArrayList<>(oversized.values()));
        }
        return cw.toByteArray();
    }

    /**
     * The entry of exec/eval code: stores the globals where the code finds them (and, in
     * namespace mode, the locals in the namespace slot, passed on to each chunk), then evaluates the expression, or sets {@code __doc__} if there is a
     * docstring (CPython's exec sets it only then) and runs the statements in chunks.
     */
    private void dynamicEntry(Module module, int chunk) {
        String dictDesc = "L" + PYDICT + ";";
        boolean eval = evalExpression != null;
        // Namespace mode: the locals (parameter 1) are the namespace, whose slot is 0.
        int namespaceSlot = namespace ? symbols.module().namespaceSlot : -1;
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, eval ? EVAL_METHOD : MODULE_METHOD,
                "(" + dictDesc + dictDesc + ")" + (eval ? OBJ : "V"), null, null);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        mv.visitVarInsn(ALOAD, 0);
        e.putStatic(className, "globals", dictDesc);
        if (namespace) {
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ASTORE, namespaceSlot);
        }
        CodeGen top = new CodeGen(this, e, symbols.module(), "", symbols.module().firstTemp);
        if (eval) {
            top.expr(evalExpression);
            e.returnValue();
        } else {
            String doc = docstring(module.body());
            if (doc != null) {
                e.pushStrConstant(doc);
                top.storeName("__doc__");
            }
            // In namespace mode each chunk takes the namespace as its parameter (its slot),
            // as a class body's method does.
            String chunkDesc = namespace ? "(" + dictDesc + ")V" : "()V";
            List<Stmt> body = module.body();
            for (int start = 0, k = 0; start < body.size(); start += chunk, k++) {
                String name = BODY_METHOD + "$" + k;
                bodyChunk(name, chunkDesc, body.subList(start, Math.min(body.size(), start + chunk)));
                if (namespace) {
                    mv.visitVarInsn(ALOAD, namespaceSlot);
                }
                e.invokeStatic(className, name, chunkDesc);
            }
            e.returnVoid();
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * One method {@code name} holding some of the top-level statements (its parameters, if
     * any, are the top block's first slots). A single statement too large for one method
     * (a huge loop, try or if at top level) is split like a function's body.
     */
    private void bodyChunk(String name, String desc, List<Stmt> statements) {
        Integer budget = null;
        if (statements.size() == 1) {
            bodyStatements.put(name, statements.get(0));
            budget = bodySplitBudgets.get(statements.get(0));
        }
        if (budget != null) {
            int params = org.objectweb.asm.Type.getArgumentTypes(desc).length;
            new FunctionSplitter(this, symbols.module(), name, "", null, budget)
                    .compile(desc, params, statements, gen -> { }, gen -> gen.emitter().returnVoid());
            return;
        }
        MethodVisitor pv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        pv.visitCode();
        Emitter pe = new Emitter(pv);
        new CodeGen(this, pe, symbols.module(), "", symbols.module().firstTemp).block(statements);
        pe.returnVoid();
        pv.visitMaxs(0, 0);
        pv.visitEnd();
    }

    /** Local variable names by generated method name, for NameError suggestions. */
    public java.util.Map<String, List<String>> localNames() {
        return localNames;
    }

    /** The line number table entry standing for {@code span}. */
    int positionCode(Span span) {
        return positions.code(span);
    }

    void loadGlobals(Emitter e) {
        e.getStatic(className, "globals", "L" + PYDICT + ";");
    }

    /** Compiles a def into its own method and leaves the new function, decorated, on {@code outer}'s stack. */
    void function(Stmt.FunctionDef f, CodeGen outer, String qualnamePrefix) {
        // Decorators are evaluated before the function is made, applied innermost first.
        for (Expr d : f.decoratorList()) {
            outer.expr(d);
        }
        compileFunction(f, f.name(), f.name() + "$", f.args(), qualnamePrefix, outer, gen -> {
            gen.block(f.body());
            gen.pushNone();
            gen.emitReturn();
        });
        applyDecorators(outer, f.decoratorList().size(), f);
    }

    /** An async def: like {@link #function}, its body a coroutine's or an async generator's. */
    void asyncFunction(Stmt.AsyncFunctionDef f, CodeGen outer, String qualnamePrefix) {
        for (Expr d : f.decoratorList()) {
            outer.expr(d);
        }
        compileFunction(f, f.name(), f.name() + "$", f.args(), qualnamePrefix, outer, gen -> {
            gen.block(f.body());
            gen.pushNone();
            gen.emitReturn();
        });
        applyDecorators(outer, f.decoratorList().size(), f);
    }

    private static void applyDecorators(CodeGen outer, int count, dev.terrarium.interpreter.ast.Node at) {
        for (int i = 0; i < count; i++) {
            outer.position(at);
            outer.emitter().invokeVirtual(Emitter.PYOBJECT, "call1", "(" + OBJ + ")" + OBJ);
        }
    }

    /**
     * A class statement: evaluates decorators and bases, runs the body in a method of its
     * own that fills a fresh namespace dict, makes the class from it, applies the
     * decorators, and leaves the class on {@code outer}'s stack.
     */
    void classDef(Stmt.ClassDef c, CodeGen outer, String qualnamePrefix) {
        Emitter o = outer.emitter();
        for (Expr d : c.decoratorList()) {
            outer.expr(d);
        }
        Scope scope = symbols.of(c);
        String qualname = qualnamePrefix + c.name();
        String methodName = c.name() + "$" + (functionCount++);
        String closureDesc = scope.frees.isEmpty() ? "" : "[L" + CELL + ";";
        String desc = "(" + closureDesc + "L" + PYDICT + ";)V";

        localNames.put(methodName, List.of());
        methodNodes.put(methodName, c);
        java.util.function.Consumer<CodeGen> prologue = gen -> {
            Emitter e = gen.emitter();
            for (String cell : scope.cells) {
                e.newObject(CELL);
                e.invokeConstructor(CELL, "()V");
                e.storeLocal(scope.slot(cell));
            }
            for (int i = 0; i < scope.frees.size(); i++) {
                e.loadLocal(scope.closureSlot);
                e.arrayLoad(i);
                e.storeLocal(scope.slot(scope.frees.get(i)));
            }
            // The docstring goes into the namespace first (a class without one gets __doc__
            // None when the class is made, as CPython's type_new does).
            String doc = docstring(c.body());
            if (doc != null) {
                e.pushStrConstant(doc);
                gen.storeName("__doc__");
            }
        };
        java.util.function.Consumer<CodeGen> epilogue = gen -> {
            Emitter e = gen.emitter();
            if (scope.cells.contains("__class__")) {
                // Handed to makeClass, which fills it with the new class (CPython's __classcell__).
                e.loadLocal(scope.namespaceSlot);
                e.pushStrConstant("__classcell__");
                e.loadLocal(scope.slot("__class__"));
                e.invokeStatic(Emitter.OPS, "storeClassName", "(L" + PYDICT + ";L" + Emitter.PYSTR + ";" + OBJ + ")V");
            }
            e.returnVoid();
        };
        Integer splitBudget = splitBudgets.get(c);
        if (splitBudget != null) {
            new FunctionSplitter(this, scope, methodName, qualname + ".", c.name(), splitBudget)
                    .compile(desc, scope.namespaceSlot + 1, c.body(), prologue, epilogue);
        } else {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName, desc, null, null);
            mv.visitCode();
            CodeGen gen = new CodeGen(this, new Emitter(mv), scope, qualname + ".", scope.firstTemp);
            gen.mangleClass = c.name();
            prologue.accept(gen);
            gen.block(c.body());
            epilogue.accept(gen);
            measure(mv, methodName);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        // Outer: bases and keywords, the namespace, the body, then the class.
        String[] kwnames = new String[c.keywords().size()];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = c.keywords().get(i).arg();
            if (kwnames[i] == null) {
                throw CompileError.missingFeature("** in a class statement", c.span().lineno(), c.span().colOffset());
            }
        }
        for (Expr b : c.bases()) {
            if (b instanceof Expr.Starred) {
                throw CompileError.missingFeature("* in a class statement", c.span().lineno(), c.span().colOffset());
            }
        }
        int total = c.bases().size() + kwnames.length;
        // Bases and keywords first, as CPython evaluates them before running the body.
        int basesSlot = outer.newTemp("[" + OBJ);
        o.newObjectArray(total);
        int i = 0;
        for (Expr b : c.bases()) {
            o.dup();
            o.pushInt(i++);
            outer.expr(b);
            o.mv.visitInsn(AASTORE);
        }
        for (var k : c.keywords()) {
            o.dup();
            o.pushInt(i++);
            outer.expr(k.value());
            o.mv.visitInsn(AASTORE);
        }
        o.storeLocal(basesSlot);
        int namespace = outer.newTemp("L" + PYDICT + ";");
        loadGlobals(o);
        o.pushString(qualname);
        o.invokeStatic(Emitter.OPS, "classNamespace", "(L" + PYDICT + ";Ljava/lang/String;)L" + PYDICT + ";");
        o.storeLocal(namespace);
        if (!scope.frees.isEmpty()) {
            o.pushInt(scope.frees.size());
            o.mv.visitTypeInsn(ANEWARRAY, CELL);
            for (int f = 0; f < scope.frees.size(); f++) {
                o.dup();
                o.pushInt(f);
                o.loadLocal(outer.scope().slot(scope.frees.get(f)));
                o.mv.visitInsn(AASTORE);
            }
        }
        o.loadLocal(namespace);
        o.invokeStatic(className, methodName, desc);
        o.pushString(c.name());
        o.loadLocal(basesSlot);
        if (kwnames.length == 0) {
            o.pushNull();
        } else {
            o.stringArray(kwnames);
        }
        o.loadLocal(namespace);
        outer.position(c);
        o.invokeStatic(Emitter.OPS, "makeClass", "(Ljava/lang/String;[" + OBJ + "[Ljava/lang/String;L" + PYDICT + ";)" + OBJ);
        applyDecorators(outer, c.decoratorList().size(), c);
    }

    /** Compiles a lambda into its own method and leaves a new PyFunction on {@code outer}'s stack. */
    void lambda(Expr.Lambda l, CodeGen outer, String qualnamePrefix) {
        compileFunction(l, "<lambda>", "$lambda$", l.args(), qualnamePrefix, outer, gen -> {
            gen.expr(l.body());
            gen.emitter().returnValue();
        });
    }

    /**
     * Compiles a list, set or dict comprehension into its own method (CPython 3.11 makes it a
     * function too: {@code <listcomp>} appears in tracebacks) and calls it with the first
     * iterable's iterator, leaving the result on {@code outer}'s stack.
     */
    void comprehension(Expr e, CodeGen outer, String qualnamePrefix) {
        String kind = e instanceof Expr.ListComp ? "listcomp" : e instanceof Expr.SetComp ? "setcomp"
                : e instanceof Expr.DictComp ? "dictcomp" : "genexpr";
        List<dev.terrarium.interpreter.ast.Comprehension> gens = e instanceof Expr.ListComp c ? c.generators()
                : e instanceof Expr.SetComp c ? c.generators() : e instanceof Expr.DictComp c ? c.generators()
                : ((Expr.GeneratorExp) e).generators();
        Arguments dotZero = new Arguments(List.of(), List.of(new Arg(e.span(), ".0", null)), null, List.of(),
                List.of(), null, List.of());
        compileFunction(e, "<" + kind + ">", "$" + kind + "$", dotZero, qualnamePrefix, outer,
                gen -> ComprehensionCodeGen.body(gen, e, gens));
        outer.expr(gens.get(0).iter());
        outer.position(e);
        if (gens.get(0).isAsync()) {
            outer.emitter().invokeStatic(AsyncCodeGen.COROUTINES, "asyncIter", "(" + OBJ + ")" + OBJ);
        } else {
            outer.emitter().callOps("iter", 1);
        }
        outer.emitter().invokeVirtual(Emitter.PYOBJECT, "call1", "(" + OBJ + ")" + OBJ);
    }

    private void compileFunction(dev.terrarium.interpreter.ast.Node node, String name, String methodPrefix,
            Arguments args, String qualnamePrefix, CodeGen outer, java.util.function.Consumer<CodeGen> body) {
        Span span = node.span();
        List<Arg> params = new ArrayList<>(args.posonlyargs());
        params.addAll(args.args());
        params.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            params.add(args.vararg());
        }
        if (args.kwarg() != null) {
            params.add(args.kwarg());
        }
        if (params.size() > 250) {
            throw CompileError.missingFeature("more than 250 parameters", span.lineno(), span.colOffset());
        }
        Scope scope = symbols.of(node);
        String methodName = methodPrefix + (functionCount++);
        String closureDesc = scope.frees.isEmpty() ? "" : "[L" + CELL + ";";
        String desc = "(" + closureDesc + OBJ.repeat(params.size()) + ")" + OBJ;
        String qualname = qualnamePrefix + name;
        String doc = node instanceof Stmt.FunctionDef f ? docstring(f.body())
                : node instanceof Stmt.AsyncFunctionDef f ? docstring(f.body()) : null;
        // The code object: made after the body is compiled (a generator's yield sites are known then).
        java.util.function.Supplier<org.objectweb.asm.ConstantDynamic> code = () -> CodeConstant.of(filename, node, name,
                qualname, args, scope, futureAnnotations, doc, yieldSites.get(methodName));

        localNames.put(methodName, scope.varnames());
        methodNodes.put(methodName, node);
        Integer splitBudget = splitBudgets.get(node);
        if (scope.isGenerator) {
            java.util.function.IntSupplier split = splitBudget == null ? null
                    : () -> new FunctionSplitter(this, scope, methodName, qualname + ".<locals>.", outer.mangleClass,
                            splitBudget).compileGenerator(defBody(node));
            generatorMethods(scope, name, qualname, methodName, desc, params.size(), body, outer.mangleClass, split,
                    code);
        } else if (splitBudget != null) {
            new FunctionSplitter(this, scope, methodName, qualname + ".<locals>.", outer.mangleClass, splitBudget)
                    .compile(desc, (scope.closureSlot >= 0 ? 1 : 0) + params.size(), defBody(node),
                            gen -> prologue(gen.emitter(), scope), gen -> {
                                gen.pushNone();
                                gen.emitter().returnValue();
                            });
        } else {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName, desc, null, null);
            mv.visitCode();
            Emitter e = new Emitter(mv);
            CodeGen gen = new CodeGen(this, e, scope, qualname + ".<locals>.", scope.firstTemp);
            gen.mangleClass = outer.mangleClass;
            prologue(e, scope);
            body.accept(gen);
            measure(mv, methodName);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        // In the outer code: new PyFunction(name, qualname, handle, names, defaults, globals[, closure])
        Emitter o = outer.emitter();
        String fn = "dev/terrarium/runtime/PyFunction";
        o.newObject(fn);
        o.pushString(name);
        o.pushString(qualname);
        o.methodHandle(className, scope.isGenerator ? methodName + "$new" : methodName, desc);
        // The signature: names in co_varnames order, posonly and kwonly counts, */** flags.
        String[] names = new String[params.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = params.get(i).arg();
        }
        o.stringArray(names);
        o.pushInt(args.posonlyargs().size());
        o.pushInt(args.kwonlyargs().size());
        o.pushInt((args.vararg() != null ? 1 : 0) | (args.kwarg() != null ? 2 : 0));
        o.invokeStatic("dev/terrarium/runtime/Signature", "of", "([Ljava/lang/String;III)Ldev/terrarium/runtime/Signature;");
        List<Expr> defaults = new ArrayList<>(args.defaults());
        o.newObjectArray(defaults.size());
        for (int i = 0; i < defaults.size(); i++) {
            o.dup();
            o.pushInt(i);
            outer.expr(defaults.get(i));
            o.mv.visitInsn(AASTORE);
        }
        if (args.kwonlyargs().isEmpty()) {
            o.pushNull();
        } else {
            o.newObjectArray(args.kwDefaults().size());
            for (int i = 0; i < args.kwDefaults().size(); i++) {
                if (args.kwDefaults().get(i) != null) {
                    o.dup();
                    o.pushInt(i);
                    outer.expr(args.kwDefaults().get(i));
                    o.mv.visitInsn(AASTORE);
                }
            }
        }
        loadGlobals(o);
        String ctor = "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;Ldev/terrarium/runtime/Signature;["
                + OBJ + "[" + OBJ + "L" + PYDICT + ";[L" + CELL + ";" + CodeConstant.DESC + ")V";
        if (scope.frees.isEmpty()) {
            o.pushNull();
        } else {
            // The closure: the outer block's cells (its own, or passed down to it) for each free name.
            o.pushInt(scope.frees.size());
            o.mv.visitTypeInsn(ANEWARRAY, CELL);
            Scope outerScope = outer.scope();
            for (int i = 0; i < scope.frees.size(); i++) {
                o.dup();
                o.pushInt(i);
                o.loadLocal(outerScope.slot(scope.frees.get(i)));
                o.mv.visitInsn(AASTORE);
            }
        }
        o.mv.visitLdcInsn(code.get());
        o.invokeConstructor(fn, ctor);
        FunctionAnnotations.emit(outer, node, args, futureAnnotations);
        if (doc != null) {
            o.dup();
            o.pushStrConstant(doc);
            o.invokeStatic(Emitter.OPS, "setDoc", "(" + OBJ + OBJ + ")V");
        }
    }

    /** The body of a def or async def being split. */
    private static List<Stmt> defBody(dev.terrarium.interpreter.ast.Node node) {
        return node instanceof Stmt.AsyncFunctionDef f ? f.body() : ((Stmt.FunctionDef) node).body();
    }

    /** The docstring of a body: its first statement when that is a string literal, else null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt x
                && x.value() instanceof Expr.Constant c && c.value() instanceof dev.terrarium.interpreter.ast.ConstantValue.Str str) {
            return str.value();
        }
        return null;
    }

    /**
     * A generator function: its resumable body under {@code methodName} (so tracebacks name
     * the function), and {@code methodName$new} with the function's own signature, which only
     * saves the arguments in a fresh frame and returns the generator.
     */
    private void generatorMethods(Scope scope, String name, String qualname, String methodName, String desc,
            int paramCount, java.util.function.Consumer<CodeGen> body, String outerMangle,
            java.util.function.IntSupplier split, java.util.function.Supplier<org.objectweb.asm.ConstantDynamic> code) {
        String resumeDesc = "(L" + GeneratorCodeGen.GENERATOR + ";" + OBJ + OBJ + ")" + OBJ;
        int initial = (scope.closureSlot >= 0 ? 1 : 0) + paramCount;
        int frameSize = split != null ? split.getAsInt() : resumeMethod(scope, qualname, methodName, resumeDesc, initial, body, outerMangle);
        String kind = scope.isAsyncGenerator ? "dev/terrarium/runtime/PyAsyncGenerator"
                : scope.isAsync ? "dev/terrarium/runtime/PyCoroutine" : GeneratorCodeGen.GENERATOR;
        newGeneratorMethod(kind, name, qualname, methodName, desc, resumeDesc, initial, frameSize, code.get());
    }

    /** A generator's resumable body in one method, saving its JVM slots at each yield; returns the frame size. */
    private int resumeMethod(Scope scope, String qualname, String methodName, String resumeDesc, int initial,
            java.util.function.Consumer<CodeGen> body, String outerMangle) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName, resumeDesc, null, null);
        mv.visitCode();
        Emitter e = new Emitter(mv, GeneratorCodeGen.SLOT_OFFSET);
        CodeGen gen = new CodeGen(this, e, scope, qualname + ".<locals>.", scope.firstTemp);
        gen.mangleClass = outerMangle;
        GeneratorCodeGen g = new GeneratorCodeGen(scope);
        gen.generator = g;
        g.attach(gen);
        g.begin(initial);
        prologue(e, scope);
        body.accept(gen);
        int frameSize = g.end();
        yieldSites.put(methodName, g.yieldSites);
        measure(mv, methodName);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return frameSize;
    }

    /** {@code methodName$new}: the function's own signature; saves the arguments in a fresh frame, returns the generator. */
    private void newGeneratorMethod(String kind, String name, String qualname, String methodName, String desc,
            String resumeDesc, int initial, int frameSize, org.objectweb.asm.ConstantDynamic code) {
        MethodVisitor nv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, methodName + "$new", desc, null, null);
        nv.visitCode();
        Emitter n = new Emitter(nv);
        n.newObject(kind);
        n.pushString(name);
        n.pushString(qualname);
        n.methodHandle(className, methodName, resumeDesc);
        n.pushInt(Math.max(frameSize, initial));
        nv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int s = 0; s < initial; s++) {
            n.dup();
            n.pushInt(s);
            n.loadLocal(s);
            nv.visitInsn(AASTORE);
        }
        nv.visitLdcInsn(code);
        n.invokeConstructor(kind,
                "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/invoke/MethodHandle;[Ljava/lang/Object;"
                        + CodeConstant.DESC + ")V");
        n.returnValue();
        nv.visitMaxs(0, 0);
        nv.visitEnd();
    }

    /** A new public static method of the generated class. */
    MethodVisitor newMethod(String name, String desc) {
        return cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
    }

    /** The internal name of the generated class. */
    String internalName() {
        return className;
    }

    /** Records the local variable names of a generated method, for NameError suggestions. */
    void recordLocalNames(String methodName, List<String> names) {
        localNames.put(methodName, names);
    }

    /** Moves parameters into cells where captured, creates the other cells, unpacks the closure. */
    static void prologue(Emitter e, Scope scope) {
        for (int i = 0; i < scope.params.size(); i++) {
            String p = scope.params.get(i);
            if (scope.cells.contains(p)) {
                e.newObject(CELL);
                e.loadLocal(SymbolTable.parameterSlot(scope, i));
                e.invokeConstructor(CELL, "(" + OBJ + ")V");
                e.storeLocal(scope.slot(p));
            }
        }
        for (String name : scope.varnames()) {
            if (scope.params.contains(name)) {
                continue;
            }
            if (scope.cells.contains(name)) {
                e.newObject(CELL);
                e.invokeConstructor(CELL, "()V");
            } else {
                e.pushNull();
            }
            e.storeLocal(scope.slot(name));
        }
        for (int i = 0; i < scope.frees.size(); i++) {
            e.loadLocal(scope.closureSlot);
            e.arrayLoad(i);
            e.storeLocal(scope.slot(scope.frees.get(i)));
        }
    }

    /**
     * Whether {@code methodName} is a part of a function split over several methods: called
     * by the function's method or another of its parts, it runs in the same Python frame.
     */
    public static boolean isPartMethod(String methodName) {
        return FunctionSplitter.isPart(methodName);
    }

    /**
     * The Python name of a generated method, for tracebacks: {@code f$3} is {@code f},
     * {@code $module} is {@code <module>}.
     */
    public static String pythonName(String methodName) {
        if (methodName.equals(MODULE_METHOD) || methodName.equals(EVAL_METHOD) || methodName.startsWith(BODY_METHOD + "$")) {
            return "<module>";
        }
        methodName = FunctionSplitter.functionOf(methodName);
        int dollar = methodName.lastIndexOf('$');
        String name = dollar > 0 ? methodName.substring(0, dollar) : methodName;
        return name.startsWith("$") ? "<" + name.substring(1) + ">" : name;
    }
}
