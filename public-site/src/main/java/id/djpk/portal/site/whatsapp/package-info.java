/**
 * The WhatsApp Cloud API webhook of the public site ({@code /api/channels/whatsapp}): Meta's verification
 * handshake and the signed deliveries, stored first and worked after the answer (see {@code id.djpk.portal.whatsapp}).
 */
package id.djpk.portal.site.whatsapp;
