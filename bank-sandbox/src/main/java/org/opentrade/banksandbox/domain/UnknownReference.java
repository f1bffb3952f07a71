package org.opentrade.banksandbox.domain;

/** No transfer (or none in the state asked for) under this reference. */
public class UnknownReference extends RuntimeException {

    public UnknownReference(String message) {
        super(message);
    }
}
