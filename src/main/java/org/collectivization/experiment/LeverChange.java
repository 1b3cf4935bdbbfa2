package org.collectivization.experiment;

import java.nio.file.Path;

import org.collectivization.model.Calendar;

/**
 * One change of a policy lever during a run, as a scenario's {@code lever_changes} lists it and as the
 * classroom GUI records it: from the start of {@code month} ("YYYY-MM") the parameter {@code key} holds
 * {@code value} — a {@link Double}, or for a month parameter a {@link String} "YYYY-MM" or "never".
 * {@code file} and {@code line} say where it was written (null and 0 when it was not read from a file).
 */
public record LeverChange(String month, String key, Object value, Path file, int line) {

    public LeverChange(String month, String key, Object value) {
        this(month, key, value, null, 0);
    }

    /** The step at whose start the change applies (0 = October 1928). */
    public int monthIndex() {
        return Calendar.monthIndex(month);
    }

    /** The value as a scenario file writes it. */
    public String valueText() {
        return value instanceof Double ? Param.fmt((Double) value) : String.valueOf(value);
    }
}
