package enlace.graph.referral;

/** A referral after a move, and the event that records the move. */
public record Moved(Referral referral, ReferralEvent event) {}
