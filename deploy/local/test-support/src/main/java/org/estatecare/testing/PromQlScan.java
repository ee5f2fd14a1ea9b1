package org.estatecare.testing;

/**
 * Moving through a PromQL expression without parsing it: past a string, a comment, blanks or a bracketed
 * block (nested, with strings inside). What the checks of the dashboards and alerts read expressions with.
 */
public final class PromQlScan {

    private PromQlScan() {
    }

    /** Past the closing quote of the string at {@code i}; backslash escapes in "..." and '...', none in `...`. */
    public static int skipString(String expr, int i) {
        char quote = expr.charAt(i++);
        while (i < expr.length()) {
            char c = expr.charAt(i++);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                break;
            }
        }
        return Math.min(i, expr.length());
    }

    /** Past the bracket closing the one at {@code i}, minding nesting and strings. */
    public static int skipBlock(String expr, int i, char open, char close) {
        int depth = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(expr, i);
                continue;
            }
            i++;
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                break;
            }
        }
        return i;
    }

    /** Past the end of the line of the comment at {@code i}. */
    public static int skipComment(String expr, int i) {
        int end = expr.indexOf('\n', i);
        return end < 0 ? expr.length() : end + 1;
    }

    /** Past the blanks from {@code i}. */
    public static int skipSpace(String expr, int i) {
        while (i < expr.length() && Character.isWhitespace(expr.charAt(i))) {
            i++;
        }
        return i;
    }
}
