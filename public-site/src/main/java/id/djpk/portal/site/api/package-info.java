/**
 * Open data over HTTP under {@code /api}: the JDIHN regulation feed (the national legal
 * documentation network's fixed record format), a publications API described at {@code /openapi},
 * and the sync status used by tests and monitoring.
 */
package id.djpk.portal.site.api;
