package org.estatecare.webhooks.destination;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where webhooks may go: an endpoint on the public internet, never inside the cluster, on this host or on a private
 * network (no server-side request forgery). A URL is refused for its scheme (http or https only), for credentials in
 * it, for a name only the cluster or this host resolves (one label, {@code localhost}, {@code .local},
 * {@code .svc}, {@code .cluster.local}, {@code .internal}), and for any address its name resolves to that is not
 * public (loopback, private, link-local including the cloud metadata address, carrier-grade NAT, unique-local,
 * multicast, reserved). The check runs when a subscription is made and again, on the addresses actually connected
 * to, at every delivery ({@link #resolve}), so a name that later resolves inside is refused too. Only the
 * {@code host:port} pairs named in {@code allowedPrivate} (a development stack's own receiver) pass despite this.
 */
public final class Destinations {

    private static final Set<String> CLUSTER_SUFFIXES = Set.of(".local", ".svc", ".cluster.local", ".internal",
            ".localhost", ".localdomain");

    private final Set<String> allowedPrivate;

    public Destinations(List<String> allowedPrivate) {
        this.allowedPrivate = Set.copyOf(allowedPrivate.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList());
    }

    /** Why the URL may not receive webhooks; {@code null} when it may. */
    public String refusal(URI url) {
        if (url == null || !url.isAbsolute() || url.isOpaque()) {
            return "an absolute http or https URL";
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "an http or https URL, not " + scheme;
        }
        if (url.getRawUserInfo() != null) {
            return "a URL without credentials in it";
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return "a URL with a host";
        }
        if (allowed(host, port(url))) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (!name.startsWith("[") && !isLiteral(name)) {
            if (!name.contains(".") || name.equals("localhost") || CLUSTER_SUFFIXES.stream().anyMatch(name::endsWith)) {
                return "a public host, not " + host + " (a name inside the cluster or on this host)";
            }
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return "a public address; " + host + " is " + address.getHostAddress();
                }
            }
        } catch (UnknownHostException e) {
            return "a host that resolves; " + host + " does not";
        }
        return null;
    }

    /**
     * The addresses of the host for a delivery to connect to: all public, or the host is an allowed development
     * receiver's (whose port the subscription's check held to); otherwise refused.
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        String bare = (host.startsWith("[") ? host.substring(1, host.length() - 1) : host).toLowerCase(Locale.ROOT);
        if (allowedPrivate.stream().anyMatch(pair -> pair.substring(0, pair.lastIndexOf(':')).equals(bare))) {
            return addresses;
        }
        InetAddress[] open = Arrays.stream(addresses).filter(Destinations::isPublic).toArray(InetAddress[]::new);
        if (open.length == 0 || open.length != addresses.length) {
            throw new UnknownHostException(host + " resolves to an address that is not public: refused");
        }
        return open;
    }

    private boolean allowed(String host, int port) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return allowedPrivate.contains(bare.toLowerCase(Locale.ROOT) + ":" + port);
    }

    static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static boolean isLiteral(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    /** Whether the address is on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
            return (b[0] & 0xe0) == 0x20; // 2000::/3 is the global unicast space
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 || first == 10 || first == 127 || first >= 224
                    || first == 100 && second >= 64 && second <= 127 // carrier-grade NAT
                    || first == 169 && second == 254 // link-local, cloud metadata
                    || first == 172 && second >= 16 && second <= 31
                    || first == 192 && second == 168
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                    || first == 198 && (second == 18 || second == 19)); // benchmarking
        }
        return false;
    }
}
