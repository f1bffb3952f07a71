package org.opentrade.banksandbox.domain;

/** The mismatches reconciliation must find: a line the merchant never asked for, a wrong amount, a lost line. */
public enum PlantType {
    EXTRA_LINE,
    AMOUNT_CHANGED,
    LINE_MISSING
}
