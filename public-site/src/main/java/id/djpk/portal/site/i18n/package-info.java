/**
 * The reader's language (Bahasa Indonesia by default, English on request, remembered in a plain
 * {@code lang} cookie) and the formatting of dates, numbers and file sizes in that language.
 */
package id.djpk.portal.site.i18n;
