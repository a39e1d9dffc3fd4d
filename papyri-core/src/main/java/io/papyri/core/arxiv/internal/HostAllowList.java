package io.papyri.core.arxiv.internal;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The hosts Papyri may contact for arXiv: those of the configured API and PDF URLs plus any the
 * user adds. Checked before every request and every redirect, so a crafted link or redirect cannot
 * make Papyri fetch an internal address.
 */
public final class HostAllowList {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\\[[0-9a-f:.]{2,45}]");

    private final Set<String> hosts;

    private HostAllowList(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    /**
     * @param urls       URLs whose hosts are allowed (the API and PDF URLs)
     * @param extraHosts more host names, such as a mirror's
     * @return the allow-list
     * @throws IllegalArgumentException when a URL has no host or an extra host is not a host name
     */
    public static HostAllowList of(Collection<URI> urls, Collection<String> extraHosts) {
        Set<String> hosts = new TreeSet<>();
        for (URI url : urls) {
            if (url.getHost() == null) {
                throw new IllegalArgumentException("URL " + url + " has no host");
            }
            hosts.add(url.getHost().toLowerCase(Locale.ROOT));
        }
        for (String extra : extraHosts) {
            String host = extra.strip().toLowerCase(Locale.ROOT);
            if (!HOST.matcher(host).matches()) {
                throw new IllegalArgumentException("'" + extra + "' is not a host name; give names such as"
                        + " mirror.example.org, without scheme, port or path");
            }
            hosts.add(host);
        }
        return new HostAllowList(hosts);
    }

    /**
     * Whether a URL may be fetched: http or https, no user info, and an allowed host.
     *
     * @param url the URL
     * @return {@code true} when it may be fetched
     */
    public boolean allows(URI url) {
        String scheme = url.getScheme();
        return url.isAbsolute() && url.getHost() != null && url.getRawUserInfo() == null
                && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                && hosts.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    /** @return the allowed hosts, sorted */
    public Set<String> hosts() {
        return hosts;
    }

    @Override
    public String toString() {
        return String.join(", ", new TreeSet<>(hosts));
    }
}
