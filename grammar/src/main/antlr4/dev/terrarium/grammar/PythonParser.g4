/*
 * Python 3.11 syntax (CPython: Grammar/python.gram), reshaped for ALL(*) / SLL parsing.
 *
 * Differences of shape from python.gram, all resolved by the AST builder:
 *  - assignment targets are parsed as expressions and checked when converted to Store/Del;
 *  - parameter lists are flat item lists whose order is checked when building;
 *  - the binary operators from | down to * are one left-recursive rule with precedences.
 * The soft keywords match/case are tokens that `name` also accepts.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; contextSuperClass = PythonRuleContext; }

file_input : (NEWLINE | stmt)* EOF ;

/* eval() input (CPython: eval rule): expressions and trailing newlines. */
eval_input : star_expressions NEWLINE* EOF ;

/* The expression inside an f-string replacement field, wrapped in parentheses by the caller. */
fstring_input : star_expressions NEWLINE? EOF ;

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | return_stmt
    | import_stmt
    | raise_stmt
    | PASS
    | del_stmt
    | assert_stmt
    | BREAK
    | CONTINUE
    | global_stmt
    | nonlocal_stmt
    ;

/* Expression statement, assignment, augmented assignment, annotated assignment. */
expr_stmt
    : star_expressions
      ( annotation=annassign
      | augassign (yield_expr | star_expressions)
      | (EQUAL assign_rhs)*
      )
    | yield_expr (EQUAL assign_rhs)*
    ;
assign_rhs : yield_expr | star_expressions ;
annassign : COLON expression (EQUAL (yield_expr | star_expressions))? ;
augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

return_stmt : RETURN star_expressions? ;
raise_stmt : RAISE (expression (FROM expression)?)? ;
global_stmt : GLOBAL name (COMMA name)* ;
nonlocal_stmt : NONLOCAL name (COMMA name)* ;
del_stmt : DEL star_expressions ;
assert_stmt : ASSERT expression (COMMA expression)? ;

import_stmt : import_name | import_from ;
import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;
import_from
    : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_from_targets
    | FROM (DOT | ELLIPSIS)+ IMPORT import_from_targets
    ;
import_from_targets
    : LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)*
    | STAR
    ;
import_as_name : name (AS name)? ;
dotted_as_name : dotted_name (AS name)? ;
dotted_name : name (DOT name)* ;

compound_stmt
    : function_def
    | if_stmt
    | class_def
    | with_stmt
    | for_stmt
    | try_stmt
    | while_stmt
    | match_stmt
    ;

block : NEWLINE INDENT stmt+ DEDENT | simple_stmts ;

decorators : (AT named_expression NEWLINE)+ ;

class_def : decorators? CLASS name (LPAR arguments? RPAR)? COLON block ;

function_def : decorators? ASYNC? DEF name LPAR parameters? RPAR (RARROW expression)? COLON block ;

/* def parameters: order (/, *, **, defaults) is checked by the AST builder. */
parameters : param_item (COMMA param_item)* COMMA? ;
param_item
    : SLASH                                         # slashParam
    | STAR (name (COLON star_expression)?)?         # starParam
    | DOUBLESTAR name (COLON expression)?           # kwParam
    | name (COLON expression)? (EQUAL expression)?  # plainParam
    ;

if_stmt : IF named_expression COLON block elif_clause* else_block? ;
elif_clause : ELIF named_expression COLON block ;
else_block : ELSE COLON block ;

while_stmt : WHILE named_expression COLON block else_block? ;

for_stmt : ASYNC? FOR star_targets IN star_expressions COLON block else_block? ;

/* Alternatives are factored so that prediction never has to look into a block: an error in
   the body is then reported in its own rule, not as a failed decision of the whole statement. */
with_stmt
    : ASYNC? WITH ( LPAR with_item (COMMA with_item)* COMMA? RPAR | with_item (COMMA with_item)* ) COLON block
    ;
with_item : expression (AS star_target)? ;

try_stmt
    : TRY COLON block
      ( finally_block
      | except_block+ else_block? finally_block?
      | except_star_block+ else_block? finally_block?
      )
    ;
except_block : EXCEPT (expression (AS name)?)? COLON block ;
except_star_block : EXCEPT STAR expression (AS name)? COLON block ;
finally_block : FINALLY COLON block ;

// ---- match ----
match_stmt : MATCH subject=star_named_expressions COLON NEWLINE INDENT case_block+ DEDENT ;
case_block : CASE patterns (IF named_expression)? COLON block ;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA? ;
pattern : or_pattern (AS name)? ;
or_pattern : closed_pattern (VBAR closed_pattern)* ;
closed_pattern
    : signed_number ((PLUS | MINUS) NUMBER)?                                   # numberPattern
    | strings                                                                  # stringPattern
    | (NONE | TRUE | FALSE)                                                    # singletonPattern
    | name_or_attr                                                             # namePattern
    | name_or_attr LPAR (pattern_arg (COMMA pattern_arg)* COMMA?)? RPAR        # classPattern
    | LPAR (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RPAR       # parenPattern
    | LSQB (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RSQB       # listPattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE               # mappingPattern
    ;
signed_number : MINUS? NUMBER ;
maybe_star_pattern : STAR name | pattern ;
name_or_attr : name (DOT name)* ;
pattern_arg : name EQUAL pattern | pattern ;
mapping_item
    : (signed_number ((PLUS | MINUS) NUMBER)? | strings | NONE | TRUE | FALSE | name_or_attr) COLON pattern
    | DOUBLESTAR name
    ;

// ---- expressions ----
star_expressions : star_expression (COMMA star_expression)* COMMA? ;
star_expression : STAR bitwise_or | expression ;
star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA? ;
star_named_expression : STAR bitwise_or | named_expression ;
named_expression : name COLONEQUAL expression | expression ;

expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

lambdef : LAMBDA lambda_parameters? COLON expression ;
lambda_parameters : lambda_param (COMMA lambda_param)* COMMA? ;
lambda_param
    : SLASH                     # lambdaSlash
    | STAR name?                # lambdaStar
    | DOUBLESTAR name           # lambdaKw
    | name (EQUAL expression)?  # lambdaPlain
    ;

disjunction : conjunction (OR conjunction)* ;
conjunction : inversion (AND inversion)* ;
inversion : NOT inversion | comparison ;
comparison : bitwise_or (comp_op bitwise_or)* ;
comp_op : EQEQUAL | NOTEQUAL | LESSEQUAL | LESS | GREATEREQUAL | GREATER | NOT IN | IN | IS NOT | IS ;

/*
 * The six binary-operator levels of python.gram (bitwise_or down to term) as one
 * left-recursive rule, with python.gram's unary `factor` as its first, tightest alternative:
 * ANTLR climbs the precedences (earlier alternatives bind tighter, all left-associative), and
 * a plain operand is one parse-tree level deep instead of seven. `factor` remains for the
 * right operand of `**`.
 */
bitwise_or
    : op=(PLUS | MINUS | TILDE) bitwise_or
    | bitwise_or op=(STAR | SLASH | DOUBLESLASH | PERCENT | AT) bitwise_or
    | bitwise_or op=(PLUS | MINUS) bitwise_or
    | bitwise_or op=(LEFTSHIFT | RIGHTSHIFT) bitwise_or
    | bitwise_or op=AMPER bitwise_or
    | bitwise_or op=CIRCUMFLEX bitwise_or
    | bitwise_or op=VBAR bitwise_or
    | power
    ;
factor : op=(PLUS | MINUS | TILDE) factor | power ;
power : AWAIT? primary (DOUBLESTAR factor)? ;

primary
    : primary DOT name                      # attribute
    | primary LPAR arguments? RPAR          # call
    | primary LSQB slices RSQB              # subscript
    | atom                                  # atomPrimary
    ;

slices : slice (COMMA slice)* COMMA? ;
slice
    : (lower=expression)? COLON (upper=expression)? (COLON (step=expression)?)?   # rangeSlice
    | STAR bitwise_or                                                            # starSlice
    | named_expression                                                           # plainSlice
    ;

atom
    : name                                                  # nameAtom
    | TRUE                                                  # trueAtom
    | FALSE                                                 # falseAtom
    | NONE                                                  # noneAtom
    | strings                                               # stringAtom
    | NUMBER                                                # numberAtom
    | ELLIPSIS                                              # ellipsisAtom
    | LPAR (yield_expr | testlist_comp)? RPAR               # parenAtom
    | LSQB testlist_comp? RSQB                              # listAtom
    | LBRACE (dict_maker | set_maker)? RBRACE               # braceAtom
    ;

strings : STRING+ ;

testlist_comp : star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?) ;
set_maker : star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?) ;
dict_maker : dict_item (comp_for | (COMMA dict_item)* COMMA?) ;
dict_item : expression COLON expression | DOUBLESTAR bitwise_or ;

comp_for : for_if_clause+ ;
for_if_clause : ASYNC? FOR star_targets IN disjunction (IF disjunction)* ;

yield_expr : YIELD (FROM expression | star_expressions)? ;

arguments : argument (COMMA argument)* COMMA? ;
argument
    : name EQUAL expression             # keywordArg
    | DOUBLESTAR expression             # doubleStarArg
    | STAR expression                   # starArg
    | named_expression comp_for?        # positionalArg
    ;

/* Targets of for loops and comprehensions; checked and converted to Store by the builder. */
star_targets : star_target (COMMA star_target)* COMMA? ;
star_target : STAR? primary ;

name : NAME | MATCH | CASE ;
