package enlace.broker.referral;

import enlace.broker.directory.InvalidArgument;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Where a webhook may go: a public address. A URL naming, or resolving to, a loopback, link-local, private
 * (RFC 1918), carrier-grade NAT, unique-local, multicast, unspecified or otherwise reserved address is
 * refused — at registration and again before every delivery, after resolving the name, so a name that
 * later points inward is caught — unless one of the node's allowed networks ({@code CIDR} or single
 * addresses) holds it. Resolution blocks, so it runs on a worker thread.
 */
public final class WebhookAddresses {

  private final List<Network> allowed;

  public WebhookAddresses(List<String> allowedNetworks) {
    this.allowed = allowedNetworks.stream().map(Network::parse).toList();
  }

  /** The address to connect to for this URL, checked; fails with {@link InvalidArgument} on {@code url}. */
  public Future<InetAddress> resolve(Vertx vertx, URI url) {
    var host = url.getHost();
    if (host == null || host.isBlank()) {
      return Future.failedFuture(new InvalidArgument("url", "a webhook URL needs a host / la URL necesita un host"));
    }
    return vertx.executeBlocking(() -> check(host.startsWith("[") ? host.substring(1, host.length() - 1) : host),
        false);
  }

  private InetAddress check(String host) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new InvalidArgument("url", "'" + host + "' does not resolve to any address / no se resuelve");
    }
    var refused = Arrays.stream(addresses).filter(a -> !isPublic(a) && !isAllowed(a)).findFirst();
    if (refused.isPresent()) {
      throw new InvalidArgument("url", "'" + host + "' is " + refused.get().getHostAddress() + ", "
          + "an internal address a webhook may not reach / es una dirección interna; use a public address or"
          + " ask the node's operator to allow that network");
    }
    return addresses[0];
  }

  private boolean isAllowed(InetAddress address) {
    return allowed.stream().anyMatch(network -> network.contains(address));
  }

  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    var bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first != 0 && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)      // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19))            // benchmarking
          && first < 240;                                                 // reserved and broadcast
    }
    int first = bytes[0] & 0xff;
    if ((first & 0xfe) == 0xfc) {                                          // unique-local fc00::/7
      return false;
    }
    var mapped = embeddedIpv4(bytes);
    return mapped == null || isPublic(mapped);
  }

  /** One allowed network: an address and how many of its leading bits must match. */
  private record Network(BigInteger prefix, int bits, int length) {

    static Network parse(String text) {
      var parts = text.strip().split("/", 2);
      try {
        if (!parts[0].matches("[0-9a-fA-F:.]+")) {
          throw new IllegalArgumentException("not an address literal");
        }
        var address = InetAddress.getByName(parts[0]);
        int length = address.getAddress().length * 8;
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : length;
        if (bits < 0 || bits > length) {
          throw new IllegalArgumentException("prefix out of range");
        }
        return new Network(new BigInteger(1, address.getAddress()).shiftRight(length - bits), bits, length);
      } catch (UnknownHostException | IllegalArgumentException e) {
        throw new IllegalArgumentException("referrals.webhookAllowedNetworks: '" + text + "' is not an address or"
            + " CIDR network such as 10.20.0.0/16 or fd00::/8");
      }
    }

    boolean contains(InetAddress address) {
      var bytes = address.getAddress();
      return bytes.length * 8 == length && new BigInteger(1, bytes).shiftRight(length - bits).equals(prefix);
    }
  }

  /** The IPv4 address inside an IPv4-mapped or IPv4-compatible IPv6 address, or null. */
  private static InetAddress embeddedIpv4(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return null;
      }
    }
    boolean mapped = (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    if (!mapped && (bytes[10] != 0 || bytes[11] != 0)) {
      return null;
    }
    try {
      return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
