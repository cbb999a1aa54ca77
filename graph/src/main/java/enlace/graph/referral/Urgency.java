package enlace.graph.referral;

/** How soon the person needs the service, after FHIR's request priority. */
public enum Urgency { ROUTINE, URGENT, ASAP, STAT }
