/** Staff accounts, their roles and (for Layer 2 teams) their unit; login with lockout. */
package id.djpk.portal.identity;
