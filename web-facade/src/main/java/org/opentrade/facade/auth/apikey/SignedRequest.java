package org.opentrade.facade.auth.apikey;

import java.util.regex.Pattern;

import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/**
 * A request that carries X-OT-APIKEY, as it travelled: the three headers, the method, the path and query as sent, the
 * body's bytes. Only plain paths are taken (segments of letters, digits, '.', '_', '-', none starting with '.'): the
 * path signed, the path a route is chosen by and the path its scope is decided by are then one and the same, with no
 * encoding, dot segment or ';' parameter to read two ways.
 *
 * @param timestamp the header as sent; {@link #timestampMs()} reads it
 */
public record SignedRequest(String keyId, String timestamp, String signature, String method, String path,
                            String query, byte[] body) {
    /** Epoch milliseconds for the next 280 years fit in 13 digits; 15 leaves room and no overflow. */
    static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,15}");
    static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    static final int PATH_LENGTH_MAX = 512;
    /** As user-provider issues them: 18 random bytes in base64url. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{24}");

    public SignedRequest {
        query = query == null ? "" : query;
        body = body == null ? new byte[0] : body;
    }

    /** TIMESTAMP_OUTSIDE_WINDOW for a missing or malformed timestamp: it is outside every window. */
    public long timestampMs() {
        if (timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
            throw new BusinessException(ErrorCode.TIMESTAMP_OUTSIDE_WINDOW,
                    ApiKeyHeaders.TIMESTAMP + " must be the epoch milliseconds at which the request was signed");
        }
        return Long.parseLong(timestamp);
    }

    /** VALIDATION_FAILED unless the path is plain (see above). */
    public void requirePlainPath() {
        if (path == null || path.length() > PATH_LENGTH_MAX || !PLAIN_PATH.matcher(path).matches()) {
            throw new BusinessException(ErrorCode.VALIDATION_FAILED, "a request signed with an API key needs a plain "
                    + "path: segments of letters, digits, '.', '_' and '-', no encoding, no dot segment");
        }
    }

    /** Whether the key id could be one at all; anything else is not looked up. */
    public boolean plausibleKeyId() {
        return keyId != null && KEY_ID.matcher(keyId).matches();
    }

    public byte[] canonical() {
        return RequestSignature.canonical(timestampMs(), method, path, query, body);
    }
}
