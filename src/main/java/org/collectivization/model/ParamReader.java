package org.collectivization.model;

/**
 * Where the model's parameters come from. The model reads typed values by dotted key and never
 * sees a file: the scenario loader in {@code experiment} implements this, and a test can implement
 * it with a map. An implementation throws {@link IllegalArgumentException} for a missing key.
 */
public interface ParamReader {
    double number(String key);

    boolean flag(String key);

    /** A list of numbers. */
    java.util.List<Double> numbers(String key);

    String text(String key);

    /** A per-year schedule: the value for {@code year}, or the value of the latest earlier year listed. */
    double byYear(String key, int year);

    /** A calendar month "YYYY-MM" as months since October 1928 (0 = 1928-10); "never" gives Integer.MAX_VALUE. */
    int month(String key);

    /** The ids of the children of a group key, in file order (for example the regions). */
    java.util.List<String> children(String key);
}
