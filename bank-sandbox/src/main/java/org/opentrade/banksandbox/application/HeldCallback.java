package org.opentrade.banksandbox.application;

/** A settled callback waiting for release, with the number of copies reserved for it. */
public record HeldCallback(OutgoingCallback callback, int copies) {
}
