package org.collectivization.observe;

/** One column of the monthly time series: its name in the output contract and how it is read. */
public record Column(String name, String unit, String meaning) {}
