// compile-only declaration; never packaged; see atlassian-api.md §2
package com.atlassian.confluence.macro;

// The constructors work (unlike the methods of other declared classes): tests throw it.
public class MacroExecutionException extends Exception {
    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
