package enlace.graph.outcome;

import java.time.Instant;

/** A coordinator marked the employer for review: from then on its vacancies and services carry a caution. */
public record EmployerReview(String employer, String region, Instant markedAt, String markedBy, String reason) {}
