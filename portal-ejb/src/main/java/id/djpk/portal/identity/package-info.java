/** Staff accounts, their roles and (for Layer 2 teams) their unit; sign-in, throttled per address, and passwords. */
package id.djpk.portal.identity;
