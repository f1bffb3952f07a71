package org.opentrade.banksandbox.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A payment or payout request as the bank accepts it: every field checked and bounded. */
public record TransferInstruction(
        TransferKind kind,
        String merchantReference,
        String accountHolder,
        String asset,
        Amount amount,
        URI callbackUrl) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,12}");
    private static final int ACCOUNT_HOLDER_LENGTH_MAX = 128;
    private static final int CALLBACK_URL_LENGTH_MAX = 2048;

    /**
     * @param callbackHostsAllowed the only hosts the sandbox will call back (loopback in every environment we run),
     *                             so a request can never make it send traffic elsewhere
     */
    public static TransferInstruction of(TransferKind kind, String merchantReference, String accountHolder,
                                         String asset, String amount, String callbackUrl,
                                         Set<String> callbackHostsAllowed) {
        if (merchantReference == null || !REFERENCE.matcher(merchantReference).matches()) {
            throw new InvalidInput("INVALID_MERCHANT_REFERENCE",
                    "merchantReference must be 1-64 characters of A-Z a-z 0-9 . _ : -");
        }
        if (accountHolder == null || accountHolder.isBlank() || accountHolder.length() > ACCOUNT_HOLDER_LENGTH_MAX) {
            throw new InvalidInput("INVALID_ACCOUNT_HOLDER",
                    "accountHolder must be non-blank, at most " + ACCOUNT_HOLDER_LENGTH_MAX + " characters");
        }
        if (asset == null || !ASSET.matcher(asset).matches()) {
            throw new InvalidInput("INVALID_ASSET", "asset must be 2-12 characters of A-Z 0-9");
        }
        return new TransferInstruction(kind, merchantReference, accountHolder, asset, Amount.parse(amount),
                callbackUri(callbackUrl, callbackHostsAllowed));
    }

    private static URI callbackUri(String text, Set<String> hostsAllowed) {
        if (text == null || text.isBlank() || text.length() > CALLBACK_URL_LENGTH_MAX) {
            throw new InvalidInput("INVALID_CALLBACK_URL",
                    "callbackUrl must be an http(s) URL of at most " + CALLBACK_URL_LENGTH_MAX + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInput("INVALID_CALLBACK_URL", "callbackUrl is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new InvalidInput("INVALID_CALLBACK_URL", "callbackUrl must be http(s)://host[:port]/path");
        }
        if (!hostsAllowed.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("CALLBACK_HOST_NOT_ALLOWED",
                    "callbackUrl host must be one of " + hostsAllowed);
        }
        return uri;
    }

    /** The same instruction holding the given (equal, shared) asset and callback URL instances. */
    TransferInstruction sharing(String sameAsset, URI sameCallbackUrl) {
        if (!sameAsset.equals(asset) || !sameCallbackUrl.equals(callbackUrl)) {
            throw new IllegalArgumentException("only equal values can be shared");
        }
        return new TransferInstruction(kind, merchantReference, accountHolder, sameAsset, amount, sameCallbackUrl);
    }

    /** Same transfer, as far as the bank cares: a retry of it, not a new one. The callback URL may differ. */
    public boolean sameTransferAs(TransferInstruction other) {
        return kind == other.kind
                && merchantReference.equals(other.merchantReference)
                && accountHolder.equals(other.accountHolder)
                && asset.equals(other.asset)
                && amount.sameValueAs(other.amount);
    }
}
