package enlace.broker.graphql;

import enlace.graph.service.Location;

/** A location as one caller may see it: exact, or (for a confidential service) approximate and without address. */
record LocationView(Location location, boolean hidden) {}
