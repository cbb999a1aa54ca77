package enlace.broker.referral;

import enlace.graph.organization.Organization;

/**
 * A peer's match for a need this node could not meet: the node that proposed it, its match as the peer
 * judged it (score and every rule's reasons), and the service's organization as the peer described it.
 */
public record Proposal(String nodeId, ServiceMatch match, Organization organization) {}
