package enlace.broker.graphql;

import enlace.graph.service.Location;

/**
 * A location about to be shown: {@code confidential} when it may be shown exactly only to those with a grant,
 * {@code local} when it is this node's (a peer's confidential place is shown as the peer gave it, approximate).
 */
record LocationView(Location location, boolean confidential, boolean local) {

  /** One of this node's places as the services delivered there make it. */
  static LocationView local(Location location, boolean confidential) {
    return new LocationView(location, confidential, true);
  }
}
