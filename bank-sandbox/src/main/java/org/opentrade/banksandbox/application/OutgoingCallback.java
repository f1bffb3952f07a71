package org.opentrade.banksandbox.application;

import java.net.URI;

/** A callback ready to send: where, about what, and the exact body every copy and attempt carries. */
public record OutgoingCallback(URI url, String bankReference, String merchantReference, String status, String body) {
}
