package org.opentrade.banksandbox.web;

import org.opentrade.banksandbox.application.StatementEntry;
import org.opentrade.banksandbox.domain.PlantType;

/** What was planted: the line as the statement now shows it (for LINE_MISSING: the line it no longer shows). */
record PlantAnswer(PlantType type, StatementEntry line) {
}
