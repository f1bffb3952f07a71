package org.opentrade.facade.error;

/** The body of every error answer (DESIGN.md, HTTP API v1). */
public record ApiError(String code, String message, String requestId) {
}
