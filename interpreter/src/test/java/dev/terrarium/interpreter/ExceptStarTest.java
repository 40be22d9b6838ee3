package dev.terrarium.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("try/except* and exception group tracebacks, in process")
class ExceptStarTest {

    @Test
    void eachClauseGetsItsPartAndTheRestIsReraisedInTheGroupsShape() {
        String src = """
                try:
                    try:
                        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
                    except* ValueError as e:
                        print("V", repr(e))
                    except* TypeError as e:
                        print("T", repr(e))
                except ExceptionGroup as rest:
                    print("rest", repr(rest))
                """;
        InMemoryHost.Result r = InMemoryHost.run(src);
        assertEquals("", r.stderr());
        assertEquals("V ExceptionGroup('g', [ValueError(1)])\nT ExceptionGroup('g', [TypeError(2)])\n"
                + "rest ExceptionGroup('g', [KeyError(3)])\n", r.stdout());
    }

    @Test
    void exceptionsRaisedByClausesJoinTheRestInANewGroup() {
        String src = """
                try:
                    try:
                        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
                    except* ValueError:
                        raise RuntimeError("r")
                except ExceptionGroup as e:
                    print(repr(e))
                """;
        assertEquals("ExceptionGroup('', [RuntimeError('r'), ExceptionGroup('g', [TypeError(2)])])\n",
                InMemoryHost.run(src).stdout());
    }

    @Test
    void anUncaughtGroupIsPrintedAsNestedBoxes() {
        InMemoryHost.Result r = InMemoryHost.run("raise ExceptionGroup('top', [ValueError(1), ExceptionGroup('in', [KeyError(2)])])\n");
        assertEquals(1, r.status());
        String boxes = """
                  | ExceptionGroup: top (2 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | ValueError: 1
                    +---------------- 2 ----------------
                    | ExceptionGroup: in (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | KeyError: 2
                      +------------------------------------
                """;
        assertTrue(r.stderr().startsWith("  + Exception Group Traceback (most recent call last):\n"), r.stderr());
        assertTrue(r.stderr().endsWith(boxes), r.stderr());
    }

    @Test
    void notesFollowTheExceptionLine() {
        InMemoryHost.Result r = InMemoryHost.run("e = ValueError('v')\ne.add_note('first')\ne.add_note('a\\nb')\nraise e\n");
        assertTrue(r.stderr().endsWith("ValueError: v\nfirst\na\nb\n"), r.stderr());
    }

    @Test
    void breakCannotLeaveAnExceptStarClause() {
        InMemoryHost.Result r = InMemoryHost.run("for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        break\n");
        assertEquals(1, r.status());
        assertTrue(r.stderr().endsWith("SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block\n"),
                r.stderr());
    }
}
