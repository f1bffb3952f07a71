package org.opentrade.banksandbox.web;

/** Every error the sandbox answers: an UPPER_SNAKE code and a sentence. */
record ApiError(String code, String message) {
}
