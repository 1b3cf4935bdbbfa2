package org.collectivization.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a target measures: a small arithmetic over figures of one run.
 *
 * <pre>
 * formula := term (('+' | '-') term)*
 * term    := factor (('*' | '/') factor)*
 * factor  := number | column '@' period | 'summary.' key | '(' formula ')' | '-' factor
 * </pre>
 *
 * A {@code column@period} is a column of timeseries.csv read as {@link Period} says (a date is a stock, a
 * year, an agricultural year or a range of months a sum); {@code summary.key} is a number in summary.json
 * ({@code summary.excess_deaths_by_region.ukraine} reaches into a nested object). Division by zero gives
 * NaN, which lies in no band: a pattern whose denominator is empty is not met.
 */
public sealed interface Formula {

    /** A leaf: what is read from a run. */
    sealed interface Leaf extends Formula permits Figure, SummaryKey {}

    /** A column of timeseries.csv over a period. */
    record Figure(String column, Period period) implements Leaf {
        @Override
        public String toString() {
            return column + "@" + period.text();
        }
    }

    /** A number in summary.json, by its key (dots reach into nested objects). */
    record SummaryKey(String key) implements Leaf {
        public static final String PREFIX = "summary.";

        @Override
        public String toString() {
            return PREFIX + key;
        }
    }

    record Constant(double value) implements Formula {}

    record Negation(Formula operand) implements Formula {}

    record Operation(char op, Formula left, Formula right) implements Formula {}

    /** The value, given the value of each leaf. */
    default double value(ToDoubleFunction<Leaf> leaves) {
        if (this instanceof Leaf l) return leaves.applyAsDouble(l);
        if (this instanceof Constant c) return c.value();
        if (this instanceof Negation n) return -n.operand().value(leaves);
        Operation o = (Operation) this;
        double a = o.left().value(leaves), b = o.right().value(leaves);
        return switch (o.op()) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            default -> b == 0 ? Double.NaN : a / b;
        };
    }

    /** The leaves, in the order written. */
    default List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Formula f, List<Leaf> out) {
        if (f instanceof Leaf l) {
            out.add(l);
        } else if (f instanceof Negation n) {
            collect(n.operand(), out);
        } else if (f instanceof Operation o) {
            collect(o.left(), out);
            collect(o.right(), out);
        }
    }

    /** Whether this is a ratio: one figure over another. */
    default boolean isRatio() {
        return this instanceof Operation o && o.op() == '/' && o.left() instanceof Figure && o.right() instanceof Figure;
    }

    /** Reads a formula; the exception's message says where it goes wrong and what was expected. */
    static Formula parse(String text) {
        return new FormulaParser(text).whole();
    }
}
