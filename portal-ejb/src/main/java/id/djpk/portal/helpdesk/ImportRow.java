package id.djpk.portal.helpdesk;

import java.time.Instant;
import java.util.Set;

/** One valid line of the previous CRM's export, typed. */
public record ImportRow(int line, String externalId, Instant createdAt, Channel channel, String name, String email,
        String phone, UserCategory category, String regionCode, String institution, Set<String> topics, String subject,
        String agent, Instant firstResponseAt, Instant escalatedAt, String l2Unit, Instant l2AnsweredAt, Instant closedAt,
        Integer ratingService, Integer ratingAnswer) {
}
