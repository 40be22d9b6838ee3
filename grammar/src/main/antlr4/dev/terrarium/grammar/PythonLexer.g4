/*
 * Python 3.11 tokens (CPython: Parser/tokenizer.c, Grammar/Tokens).
 *
 * This grammar only recognises raw tokens. PythonLexerBase turns line breaks into
 * NEWLINE / INDENT / DEDENT by Python's rules, scans string literals by hand (so that an
 * unterminated one can be reported as CPython does) and checks the end of numbers.
 * Soft keywords (match, case) are tokens of their own; the parser accepts them as names.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// ---- keywords ----
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';
// soft keywords
MATCH    : 'match';
CASE     : 'case';

// ---- literals ----
NUMBER
    : ( DEC_INT | HEX_INT | OCT_INT | BIN_INT | FLOAT | IMAG ) { checkNumberEnd(); }
    ;
fragment DEC_INT  : NONZERO ('_'? DIGIT)* | '0'+ ('_'? '0')* ;
fragment HEX_INT  : '0' [xX] ('_'? [0-9a-fA-F])+ ;
fragment OCT_INT  : '0' [oO] ('_'? [0-7])+ ;
fragment BIN_INT  : '0' [bB] ('_'? [01])+ ;
fragment FLOAT    : POINT_FLOAT | EXP_FLOAT ;
fragment POINT_FLOAT : DIGITPART? '.' DIGITPART EXPONENT? | DIGITPART '.' EXPONENT? ;
fragment EXP_FLOAT   : DIGITPART EXPONENT ;
fragment IMAG     : (FLOAT | DIGITPART) [jJ] ;
fragment DIGITPART: DIGIT ('_'? DIGIT)* ;
fragment EXPONENT : [eE] [+-]? DIGITPART ;
fragment NONZERO  : [1-9] ;
fragment DIGIT    : [0-9] ;

/* Only the opening of a string literal is matched here; scanString() consumes the body. */
STRING
    : STRING_PREFIX? ['"] { scanString(); }
    ;
fragment STRING_PREFIX
    : [rRbBuUfF] | [rR] [bBfF] | [bBfF] [rR]
    ;

/* Non-ASCII identifier characters are checked in Java (checkName) rather than with
   \p{XID_Start} / \p{XID_Continue} sets, whose deserialisation would cost every run of
   the sandbox tens of milliseconds of start-up. */
NAME : ID_START ID_CONTINUE* { checkName(); } ;
fragment ID_START    : [a-zA-Z_] | NON_ASCII ;
fragment ID_CONTINUE : [a-zA-Z0-9_] | NON_ASCII ;
fragment NON_ASCII   : ~[\u0000-\u007F] ;

// ---- operators and delimiters ----
LPAR   : '(' { openBracket(); };
LSQB   : '[' { openBracket(); };
LBRACE : '{' { openBracket(); };
RPAR   : ')' { closeBracket(); };
RSQB   : ']' { closeBracket(); };
RBRACE : '}' { closeBracket(); };
ELLIPSIS : '...';
DOT    : '.';
COMMA  : ',';
COLONEQUAL : ':=';
COLON  : ':';
SEMI   : ';';
RARROW : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESTAR : '**';
STAREQUAL : '*=';
STAR   : '*';
DOUBLESLASHEQUAL : '//=';
DOUBLESLASH : '//';
SLASHEQUAL : '/=';
SLASH  : '/';
PLUSEQUAL : '+=';
PLUS   : '+';
MINEQUAL : '-=';
MINUS  : '-';
PERCENTEQUAL : '%=';
PERCENT : '%';
ATEQUAL : '@=';
AT     : '@';
AMPEREQUAL : '&=';
AMPER  : '&';
VBAREQUAL : '|=';
VBAR   : '|';
CIRCUMFLEXEQUAL : '^=';
CIRCUMFLEX : '^';
LEFTSHIFTEQUAL : '<<=';
LEFTSHIFT : '<<';
RIGHTSHIFTEQUAL : '>>=';
RIGHTSHIFT : '>>';
EQEQUAL : '==';
NOTEQUAL : '!=';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
LESS   : '<';
GREATER : '>';
TILDE  : '~';
EQUAL  : '=';
EXCLAMATION : '!';

// ---- layout ----
NEWLINE : '\r'? '\n' | '\r' ;
WS      : [ \t\f]+ -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;
LINE_JOIN : '\\' ('\r'? '\n' | '\r') -> skip ;
BAD_BACKSLASH : '\\' { badBackslash(); } ;
ERROR_CHAR : . { invalidCharacter(); } ;
