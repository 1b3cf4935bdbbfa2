package org.collectivization.model;

/**
 * The monthly schedule (ODD §3); the ordinal is MASON's ordering within a step. DISTRICTS runs
 * the phases SEASON, OFFICIALS, HOUSEHOLDS and DEMOGRAPHY of ODD §3 for each district in turn
 * ({@code agents.Districts}).
 */
public enum Phase {
    STATE, DISTRICTS, OBSERVE
}
