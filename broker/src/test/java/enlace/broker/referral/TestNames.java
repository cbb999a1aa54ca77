package enlace.broker.referral;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.security.Security;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The test JVM's name resolution: names under {@code .rebind.test} resolve to what a test says at that
 * moment (a name that points outward at registration and inward at delivery); every other name goes to
 * the JDK's own resolver. Answers are not cached in the test JVM.
 */
public final class TestNames extends InetAddressResolverProvider {

  private static final String SUFFIX = ".rebind.test";
  private static final Map<String, InetAddress> NAMES = new ConcurrentHashMap<>();

  static {
    // The JDK would keep a name's first answer for 30 s; a test that moves a name needs every lookup.
    // The provider loads with the first lookup, before anything is cached.
    Security.setProperty("networkaddress.cache.ttl", "0");
  }

  /** Makes {@code name} (ending in {@value #SUFFIX}) resolve to {@code address} from now on. */
  static void point(String name, String address) {
    try {
      NAMES.put(name, InetAddress.getByName(address));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    var builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        if (!host.endsWith(SUFFIX)) {
          return builtin.lookupByName(host, policy);
        }
        var address = NAMES.get(host);
        if (address == null) {
          throw new UnknownHostException(host);
        }
        return Stream.of(address);
      }

      @Override
      public String lookupByAddress(byte[] address) throws UnknownHostException {
        return builtin.lookupByAddress(address);
      }
    };
  }

  @Override
  public String name() {
    return "enlace-test-names";
  }
}
