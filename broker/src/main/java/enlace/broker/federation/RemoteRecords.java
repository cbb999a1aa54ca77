package enlace.broker.federation;

import enlace.broker.directory.GlobalId;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/**
 * A peer's record by its global id, asked of the peer whose region the id names, under the federation's
 * timeouts and breaker: so that a service a federated search found opens from any node. The peer's answer is
 * checked like a search's (shape, and a record of its own region).
 */
public final class RemoteRecords {

  /** The service with everything the origin shows, and its (first) location. */
  static final String SERVICE_QUERY = """
      query PeerService($id: ID!) {
        service(id: $id) %s
        places: service(id: $id) { locations %s }
      }
      """.formatted(RemoteHits.SERVICE_FIELDS, RemoteHits.LOCATION_FIELDS);

  /** What the peer answered: found (with the peer's report), not found, or the peer could not say. */
  public record Lookup(PeerReport report, Optional<RemoteHits.RemoteService> service) {
    public boolean answered() {
      return PeerReport.OK.equals(report.status());
    }
  }

  private final PeerCalls calls;

  RemoteRecords(PeerCalls calls) {
    this.calls = calls;
  }

  /** Empty when no peer serves the id's region. */
  public Optional<Future<Lookup>> service(Context context, GlobalId id) {
    return calls.settings().peers().stream().filter(p -> p.id().equals(id.region())).findFirst().map(peer ->
        calls.<Optional<RemoteHits.RemoteService>>ask(context, peer, SERVICE_QUERY,
                new JsonObject().put("id", id.encode()), PeerCalls.traceparent(), calls.deadline(),
                RemoteRecords::read, found -> found.isPresent() ? 1 : 0)
            .map(answer -> new Lookup(answer.report(), answer.value().flatMap(found -> found))));
  }

  private static Optional<RemoteHits.RemoteService> read(String peerId, JsonObject body) {
    try {
      var data = body.getJsonObject("data");
      if (data == null) {
        throw RefusedAnswer.invalid("peer " + peerId + " answered without data: " + body.getValue("errors"));
      }
      var service = data.getJsonObject("service");
      if (service == null) {
        return Optional.empty();
      }
      var location = data.getJsonObject("places").getJsonArray("locations").getJsonObject(0);
      var remote = RemoteHits.service(peerId, location, service);
      if (!peerId.equals(remote.service().region()) || !peerId.equals(remote.organization().region())) {
        throw RefusedAnswer.invalid("peer " + peerId + " sent a record of region " + remote.service().region());
      }
      return Optional.of(remote);
    } catch (RefusedAnswer refused) {
      throw refused;
    } catch (RuntimeException e) {
      throw RefusedAnswer.invalid("peer " + peerId + " answered with something else than a service ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
