package org.collectivization.observe;

/**
 * One column of the monthly time series: its name in timeseries.csv, its unit and meaning, and whether it
 * belongs to the output contract (the columns every reader of timeseries.csv may require, first and in order).
 */
public record Column(String name, String unit, String meaning, boolean contract) {}
