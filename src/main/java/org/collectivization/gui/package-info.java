/**
 * The classroom GUI (MASON Console): {@link org.collectivization.gui.ClassroomGui} (the GUIState) with
 * the village map ({@code VillageMap}, {@code MapLayout}, {@code Layer}, {@code VillageInspector}), the
 * live charts ({@code LiveCharts}), the month's events ({@code MonthEvents}, {@code EventsPanel}) and the
 * policy levers of the Model tab ({@code Lever}, {@code LeverPanel}), whose changes are recorded and saved
 * as a scenario ({@code ClassroomRecord}) that a headless run replays exactly. The About tab shows
 * docs/classroom.md ({@code ClassroomGuide}).
 *
 * <p>The model does not know it is watched: this package reads the model's tables and the recorder's
 * rows; the one thing it gives the model is a lever change, as new parameters at the start of a month
 * (the same {@code Runner.applyLeverChanges} a replay uses).
 */
package org.collectivization.gui;
