package org.collectivization.targets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A recursive-descent reader of {@link Formula}'s grammar. */
final class FormulaParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    // the longest period form first, so that 1930-01..1930-06 is not read as 1930
    private static final Pattern PERIOD = Pattern.compile(
            "\\d{4}-\\d{2}\\.\\.\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}|\\d{4}");

    private final String text;
    private int pos;

    FormulaParser(String text) {
        this.text = text;
    }

    Formula whole() {
        Formula f = formula();
        skipSpace();
        if (pos < text.length()) throw expected("an operator (+ - * /) or the end");
        return f;
    }

    private Formula formula() {
        Formula f = term();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            pos++;
            f = new Formula.Operation(c, f, term());
        }
        return f;
    }

    private Formula term() {
        Formula f = factor();
        for (char c = peek(); c == '*' || c == '/'; c = peek()) {
            pos++;
            f = new Formula.Operation(c, f, factor());
        }
        return f;
    }

    private Formula factor() {
        char c = peek();
        if (c == '(') {
            pos++;
            Formula f = formula();
            if (peek() != ')') throw expected("')'");
            pos++;
            return f;
        }
        if (c == '-') {
            pos++;
            return new Formula.Negation(factor());
        }
        Matcher number = NUMBER.matcher(text).region(pos, text.length());
        if (number.lookingAt()) {
            pos = number.end();
            return new Formula.Constant(Double.parseDouble(number.group()));
        }
        Matcher name = NAME.matcher(text).region(pos, text.length());
        if (!name.lookingAt()) throw expected("a number, column@period, summary.key or '('");
        pos = name.end();
        String word = name.group();
        if (word.startsWith(Formula.SummaryKey.PREFIX) && word.length() > Formula.SummaryKey.PREFIX.length()) {
            return new Formula.SummaryKey(word.substring(Formula.SummaryKey.PREFIX.length()));
        }
        if (pos >= text.length() || text.charAt(pos) != '@') {
            throw expected("'@' and a period after the column '" + word + "' (or summary.KEY for a figure of summary.json)");
        }
        pos++;
        Matcher period = PERIOD.matcher(text).region(pos, text.length());
        if (!period.lookingAt()) throw expected("a period: " + Period.FORMS);
        pos = period.end();
        return new Formula.Figure(word, Period.parse(period.group()));
    }

    private char peek() {
        skipSpace();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') pos++;
    }

    private IllegalArgumentException expected(String what) {
        String at = pos < text.length() ? "'" + text.substring(pos) + "'" : "the end";
        return new IllegalArgumentException("cannot read formula '" + text + "': expected " + what + " at " + at);
    }
}
