/**
 * Charts and the one-page report of a finished run.
 *
 * <p>{@link org.collectivization.report.RunReport#write(java.nio.file.Path)} reads a run folder
 * ({@code timeseries.csv}, {@code summary.json}, {@code scenario.yaml}, {@code manifest.json}) into a
 * {@link org.collectivization.report.RunData}, builds the charts in memory with
 * {@link org.collectivization.report.Charts} (JFreeChart 1.0.19, the version MASON 18 brings), and
 * writes them to {@code charts/} as PNG (1600×900) and SVG (JFreeSVG), then {@code report.html} with
 * the SVGs inlined. Chart construction never touches files, so tests build charts from a small
 * in-memory time series and inspect their datasets.
 *
 * <pre>
 *   run folder ──RunData.read──▶ RunData ──Figure.all / Charts.*──▶ JFreeChart
 *                                   │                                 │
 *                                   │                    ChartFiles.writePng / svg
 *                                   └──────────HtmlReport.render◀─────┘  ──▶ report.html
 * </pre>
 *
 * <p>Everything here is meant to be read by students and reviewers about a famine in which millions
 * died: plain styling, the Okabe-Ito palette, units on every axis, and a source note on every chart.
 */
package org.collectivization.report;
