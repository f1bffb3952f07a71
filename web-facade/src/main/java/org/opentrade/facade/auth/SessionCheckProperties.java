package org.opentrade.facade.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the facade caches what user-provider says about sessions.
 *
 * @param refreshAfterMs an answer older than this is asked again (in the background; the request uses the old one):
 *                       the bound on how late a freeze or logout takes effect when its announcement was lost
 * @param staleMaxMs     while user-provider cannot be reached, an answer is used up to this old (no session can
 *                       change state while its owner is down); then requests of that session answer 503
 * @param entriesMax     sessions remembered per facade instance
 */
@ConfigurationProperties("opentrade.auth.session-check")
public record SessionCheckProperties(long refreshAfterMs, long staleMaxMs, long entriesMax) {
    public SessionCheckProperties {
        if (refreshAfterMs <= 0 || staleMaxMs < refreshAfterMs || entriesMax <= 0) {
            throw new IllegalArgumentException("session-check: need 0 < refresh-after-ms <= stale-max-ms, entries-max > 0");
        }
    }
}
