/**
 * Reference data every capability shares: regions with their time zones, contact-center topics,
 * the Layer 2 technical units, and the holiday list. Loaded from the CSV files shipped in
 * {@code reference/} on the first start, then maintained by the administrator.
 */
package id.djpk.portal.reference;
