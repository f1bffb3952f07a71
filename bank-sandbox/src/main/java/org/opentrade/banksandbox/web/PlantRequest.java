package org.opentrade.banksandbox.web;

import org.opentrade.banksandbox.domain.PlantType;
import org.opentrade.banksandbox.domain.TransferKind;

/**
 * A mismatch to plant in the statement.
 * EXTRA_LINE: asset and amount required; kind (default PAYMENT) and merchantReference (default generated) optional.
 * AMOUNT_CHANGED: merchantReference of a settled transfer and the amount the statement shall show.
 * LINE_MISSING: merchantReference of a settled transfer the statement shall leave out.
 */
record PlantRequest(PlantType type, String merchantReference, TransferKind kind, String asset, String amount) {
}
