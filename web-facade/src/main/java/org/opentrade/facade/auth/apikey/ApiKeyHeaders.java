package org.opentrade.facade.auth.apikey;

/** The headers of a request signed with an API key (docs/adr/0017-api-keys.md, README "API keys"). */
public final class ApiKeyHeaders {
    /** The key's public id. */
    public static final String KEY = "X-OT-APIKEY";
    /** The client's clock when it signed, epoch milliseconds. */
    public static final String TIMESTAMP = "X-OT-TIMESTAMP";
    /** Hex HMAC-SHA256 of the canonical request ({@link RequestSignature}) under the key's secret. */
    public static final String SIGNATURE = "X-OT-SIGNATURE";

    private ApiKeyHeaders() {
    }
}
