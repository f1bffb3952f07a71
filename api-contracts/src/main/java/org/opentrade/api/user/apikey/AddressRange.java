package org.opentrade.api.user.apikey;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of an API key's client-address allowlist: an IPv4 or IPv6 address, alone or as a CIDR range
 * ({@code 203.0.113.7}, {@code 198.51.100.0/24}, {@code 2001:db8::/32}). Parsed without ever asking DNS: IPv4 text must
 * be four decimal octets, and IPv6 text is handed to the JDK in brackets, which it parses as a literal or refuses. An
 * IPv4-mapped IPv6 address ({@code ::ffff:203.0.113.7}) is the IPv4 address, as the JDK reads it.
 */
public final class AddressRange {
    /** Longer text is no address we would accept (the longest IPv6 form with a prefix is 49 characters). */
    public static final int TEXT_LENGTH_MAX = 64;
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** The range TEXT names; IllegalArgumentException saying why when it names none. */
    public static AddressRange parse(String text) {
        if (text == null || text.isEmpty() || text.length() > TEXT_LENGTH_MAX) {
            throw new IllegalArgumentException("an address is 1-" + TEXT_LENGTH_MAX + " characters");
        }
        int slash = text.indexOf('/');
        byte[] address = address(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an IPv4 or IPv6 address: " + text));
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = text.substring(slash + 1);
            if (!PREFIX.matcher(digits).matches() || Integer.parseInt(digits) > bits) {
                throw new IllegalArgumentException("the prefix length of " + text + " must be 0-" + bits);
            }
            prefix = Integer.parseInt(digits);
        }
        return new AddressRange(masked(address, prefix), prefix);
    }

    /** The address's bytes (4 or 16), or empty when TEXT is not an address literal. Never asks DNS. */
    public static Optional<byte[]> address(String text) {
        if (text == null || text.isEmpty() || text.length() > TEXT_LENGTH_MAX) {
            return Optional.empty();
        }
        if (IPV4.matcher(text).matches()) {
            String[] octets = text.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(octets[i]);
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // in brackets the JDK expects an IPv6 literal: it parses one or throws, and never looks the text up
            return Optional.of(InetAddress.getByName("[" + text + "]").getAddress());
        } catch (UnknownHostException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Whether the client ADDRESS (as the facade saw it) lies in this range; false for anything unparseable. */
    public boolean contains(String address) {
        return address(address).map(this::containsAddress).orElse(false);
    }

    /** Whether the address of these bytes (4 or 16, from {@link #address}) lies in this range. */
    public boolean containsAddress(byte[] address) {
        return address.length == network.length && Arrays.equals(masked(address, prefixLength), network);
    }

    /** The address alone for a single address, else {@code network/prefix}; the JDK's canonical address text. */
    @Override
    public String toString() {
        String text;
        try {
            text = InetAddress.getByAddress(network).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return prefixLength == network.length * 8 ? text : text + "/" + prefixLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    private static byte[] masked(byte[] address, int prefixLength) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - 8 * i));
            out[i] = (byte) (out[i] & (0xFF << (8 - keep)));
        }
        return out;
    }
}
