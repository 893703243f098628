package org.roadshow.io.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hosts that {@code no_proxy} sends straight to the server, read as curl reads it: a list separated by commas
 * (or spaces); {@code *} alone means every host; a name matches itself and every name under it, with or without a
 * leading dot ({@code example.org} and {@code .example.org} both match {@code www.example.org}); an IP address
 * matches itself, and {@code 10.0.0.0/8} or {@code fd00::/8} every address in the range. A port after an entry
 * ({@code example.org:8080}) is ignored. Names are never looked up: an IP entry matches only a host written as an IP.
 */
final class NoProxy {
    static final NoProxy NONE = new NoProxy(false, List.of(), List.of());

    private final boolean everything;
    private final List<String> names;
    private final List<Range> ranges;

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private NoProxy(boolean everything, List<String> names, List<Range> ranges) {
        this.everything = everything;
        this.names = names;
        this.ranges = ranges;
    }

    static NoProxy parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<String> names = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (String raw : list.split("[,\\s]+")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.equals("*")) {
                return new NoProxy(true, List.of(), List.of());
            }
            int slash = entry.indexOf('/');
            String host = withoutPort(slash < 0 ? entry : entry.substring(0, slash));
            byte[] ip = ipLiteral(host);
            if (ip != null) {
                int bits = ip.length * 8;
                if (slash >= 0) {
                    try {
                        bits = Math.max(0, Math.min(bits, Integer.parseInt(entry.substring(slash + 1))));
                    } catch (NumberFormatException e) { // "10.0.0.0/x": curl ignores the entry as well
                        continue;
                    }
                }
                ranges.add(new Range(ip, bits));
            } else if (slash < 0) {
                host = host.replaceAll("^\\.+|\\.+$", "");
                if (!host.isEmpty()) {
                    names.add(host);
                }
            }
        }
        return new NoProxy(false, List.copyOf(names), List.copyOf(ranges));
    }

    /** Whether a request to {@code host} (as the address writes it, IPv6 in brackets or not) skips the proxy. */
    boolean matches(String host) {
        if (everything) {
            return true;
        }
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        byte[] ip = ipLiteral(h);
        if (ip != null) {
            for (Range r : ranges) {
                if (r.contains(ip)) {
                    return true;
                }
            }
            return names.contains(h.replaceAll("^\\[|]$", ""));
        }
        h = h.replaceAll("\\.+$", "");
        for (String name : names) {
            if (h.equals(name) || h.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPort(String entry) {
        if (entry.startsWith("[")) {
            int end = entry.indexOf(']');
            return end < 0 ? entry : entry.substring(0, end + 1);
        }
        int colon = entry.indexOf(':');
        return colon >= 0 && colon == entry.lastIndexOf(':') ? entry.substring(0, colon) : entry;
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv6 with or without brackets), else null; never a name lookup. */
    static byte[] ipLiteral(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = h.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                && java.util.Arrays.stream(h.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
        boolean v6 = h.contains(":") && h.matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(h).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
