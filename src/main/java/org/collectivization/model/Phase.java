package org.collectivization.model;

/** The monthly schedule (MODEL.md §3); the ordinal is MASON's ordering within a step. */
public enum Phase {
    STATE, SEASON, OFFICIALS, HOUSEHOLDS, DEMOGRAPHY, OBSERVE
}
