package enlace.broker.referral;

import enlace.broker.directory.GlobalId;
import enlace.broker.directory.InvalidArgument;
import enlace.broker.security.Caller;
import enlace.broker.security.Scope;
import enlace.graph.Graph;
import enlace.graph.audit.AuditEntry;
import enlace.graph.referral.ReferralEvent;
import enlace.graph.referral.Webhook;
import enlace.graph.referral.WebhookRepository;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional webhooks: an organization registers one URL and secret; each referral event it sends or
 * receives is POSTed there as JSON, signed with HMAC-SHA256 over {@code timestamp + "." + body}
 * ({@code X-Enlace-Timestamp}, {@code X-Enlace-Signature: sha256=<hex>}), and retried with doubling
 * backoff until a 2xx answer or the last attempt. Only public addresses are reached, unless the node's
 * configuration allows a network ({@link WebhookAddresses}). Deliveries are held in memory: a node restart
 * drops the ones still retrying.
 */
public final class Webhooks {

  public static final String SIGNATURE = "X-Enlace-Signature";
  public static final String TIMESTAMP = "X-Enlace-Timestamp";

  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

  private final Vertx vertx;
  private final WebhookRepository repository;
  private final ReferralSettings settings;
  private final Clock clock;
  private final HttpClient client;
  private final WebhookAddresses addresses;

  /** How long one delivery may take in all, and how much of the receiver's answer is read. */
  static final long DELIVERY_TIMEOUT_MS = 10_000;
  static final int MAX_ANSWER_BYTES = 64 * 1024;

  public Webhooks(Vertx vertx, Graph graph, ReferralSettings settings, Clock clock) {
    this.vertx = vertx;
    this.repository = new WebhookRepository(graph);
    this.settings = settings;
    this.clock = clock;
    this.addresses = new WebhookAddresses(settings.webhookAllowedNetworks());
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000)
        .setMaxHeaderSize(8 * 1024).setKeepAlive(false));
  }

  public CompletionStage<Boolean> register(Caller caller, String url, String secret) {
    var organization = ReferralBroker.organization(caller.require(Scope.DIRECTORY_WRITE));
    Webhook webhook;
    try {
      webhook = new Webhook(organization, URI.create(url), secret);
    } catch (IllegalArgumentException e) {
      throw new InvalidArgument(e.getMessage().startsWith("secret") ? "secret" : "url", e.getMessage());
    }
    var checked = webhook;
    return addresses.resolve(vertx, webhook.url()).toCompletionStage()
        .thenCompose(address -> repository.set(checked, entry(caller, "setReferralWebhook", organization),
            clock.instant()))
        .thenApply(w -> true);
  }

  public CompletionStage<Boolean> remove(Caller caller) {
    var organization = ReferralBroker.organization(caller.require(Scope.DIRECTORY_WRITE));
    return repository.remove(organization, entry(caller, "removeReferralWebhook", organization), clock.instant());
  }

  /** Starts delivering the events published from now on. */
  public void start(ReferralEvents events) {
    events.listen(event -> repository.of(List.of(event.senderOrganization(), event.receiverOrganization()))
        .whenComplete((hooks, error) -> {
          if (error != null) {
            LOG.warn("webhooks for referral event could not be read", error);
            return;
          }
          var body = ReferralEvents.toJson(event).put("type", "referral." + event.to().code())
              .put("id", new GlobalId("Referral", event.region(), event.referralId()).encode()).toBuffer();
          hooks.forEach(hook -> vertx.runOnContext(v -> deliver(hook, body, 1)));
        }));
  }

  /**
   * Posts one event that is not a referral's (a field note's, say) to the organization's webhook, signed and
   * retried as referral events are. Does nothing when the organization has none.
   */
  public void send(String organization, io.vertx.core.json.JsonObject event) {
    repository.of(List.of(organization)).whenComplete((hooks, error) -> {
      if (error != null) {
        LOG.warn("webhook of {} could not be read", organization, error);
        return;
      }
      var body = event.toBuffer();
      hooks.forEach(hook -> vertx.runOnContext(v -> deliver(hook, body, 1)));
    });
  }

  /**
   * One attempt: the URL's name is resolved and checked again, the request goes to that checked address
   * (no redirect is followed), and only the status line and at most {@link #MAX_ANSWER_BYTES} of the answer
   * are read within {@link #DELIVERY_TIMEOUT_MS}. An address that is not allowed any more ends the delivery.
   */
  private void deliver(Webhook hook, Buffer body, int attempt) {
    addresses.resolve(vertx, hook.url()).onComplete(checked -> {
      if (checked.failed()) {
        LOG.warn("webhook of {} not delivered: {}", hook.organization(), checked.cause().getMessage());
        return;
      }
      post(hook, body, checked.result()).onComplete(status -> {
        boolean delivered = status.succeeded() && status.result() / 100 == 2;
        if (delivered || attempt >= settings.webhookAttempts()) {
          if (!delivered) {
            LOG.warn("webhook of {} gave up after {} attempts", hook.organization(), attempt);
          }
          return;
        }
        long delay = settings.webhookBackoff().toMillis() << (attempt - 1);
        vertx.setTimer(Math.max(1, delay), id -> deliver(hook, body, attempt + 1));
      });
    });
  }

  private Future<Integer> post(Webhook hook, Buffer body, InetAddress address) {
    var url = hook.url();
    int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    var timestamp = Long.toString(clock.instant().getEpochSecond());
    var options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(url.toString())
        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
        .setFollowRedirects(false)
        .setIdleTimeout(DELIVERY_TIMEOUT_MS)
        .putHeader("Content-Type", "application/json")
        .putHeader(TIMESTAMP, timestamp)
        .putHeader(SIGNATURE, "sha256=" + sign(hook.secret(), timestamp, body));
    var promise = Promise.<Integer>promise();
    client.request(options).onFailure(promise::tryFail).onSuccess(request -> {
      long deadline = vertx.setTimer(DELIVERY_TIMEOUT_MS, id -> {
        request.reset();
        promise.tryFail("no answer within " + DELIVERY_TIMEOUT_MS + " ms");
      });
      request.send(body).onFailure(promise::tryFail).onSuccess(response -> {
        var read = new long[1];
        response.handler(chunk -> {
          read[0] += chunk.length();
          if (read[0] > MAX_ANSWER_BYTES) {
            request.reset();
            promise.tryComplete(response.statusCode());
          }
        });
        response.exceptionHandler(e -> promise.tryComplete(response.statusCode()));
        response.endHandler(v -> promise.tryComplete(response.statusCode()));
      });
      promise.future().onComplete(done -> vertx.cancelTimer(deadline));
    });
    return promise.future();
  }

  /** Hex HMAC-SHA256 of {@code timestamp + "." + body} under the organization's secret. */
  public static String sign(String secret, String timestamp, Buffer body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static AuditEntry entry(Caller caller, String action, String organization) {
    return new AuditEntry(caller.subject(), caller.clientId(), organization, action, "Organization:" + organization,
        List.of("webhook"));
  }
}
