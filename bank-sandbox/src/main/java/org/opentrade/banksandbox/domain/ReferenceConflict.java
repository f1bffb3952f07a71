package org.opentrade.banksandbox.domain;

/** A merchant reference already used for a different transfer (kind, holder, asset or amount differ). */
public class ReferenceConflict extends RuntimeException {

    public ReferenceConflict(String merchantReference) {
        super("merchantReference " + merchantReference + " was already used for a different transfer");
    }
}
