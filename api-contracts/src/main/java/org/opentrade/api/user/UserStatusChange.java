package org.opentrade.api.user;

import java.io.Serializable;

/**
 * An operator's or risk control's freeze or unfreeze: who ({@code actor}, e.g. "admin:1001" or "risk:alert-17") and
 * why; both are recorded with the time and listed with the user.
 */
public record UserStatusChange(long userId, UserStatus status, String actor, String reason) implements Serializable {
}
