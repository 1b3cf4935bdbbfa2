/**
 * A run folder's files, in one place below both the runs ({@code experiment}) and the report
 * ({@code report}): their names and writers ({@link org.collectivization.runfiles.RunFiles}) and the readers of
 * timeseries.csv ({@link org.collectivization.runfiles.TimeTable}), summary.json
 * ({@link org.collectivization.runfiles.RunSummary}) and manifest.json ({@link org.collectivization.runfiles.Manifest}).
 * The columns of timeseries.csv, and which of them are its output contract, are the recorder's
 * ({@code observe.Recorder.COLUMNS}); scenario.yaml is read by the one scenario reader, {@code experiment.Loader}.
 * This package imports neither {@code experiment} nor {@code report}.
 */
package org.collectivization.runfiles;
