package org.opentrade.banksandbox.web;

/** The body of a payment or payout request; checked field by field in TransferInstruction. */
record TransferRequest(String merchantReference, String accountHolder, String asset, String amount,
                       String callbackUrl) {
}
