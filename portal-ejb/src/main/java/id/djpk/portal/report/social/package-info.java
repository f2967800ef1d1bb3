/**
 * The social-media part of the monthly report read from the platforms' own export files (issue #16): the editor
 * uploads a Meta Business Suite, X analytics, YouTube Studio or TikTok Studio CSV and gets each platform's posts,
 * followers, reach, average reach, views and profile visits for the month, as {@link
 * id.djpk.portal.report.social.PlatformMonth}s. A figure a file does not carry stays null, never guessed; typing
 * it in stays the fallback. {@link id.djpk.portal.report.social.SocialMediaExports#read} recognises the export by
 * its header row; a file it cannot use is refused with a {@link
 * id.djpk.portal.report.social.SocialExportException} whose message the caller renders in Indonesian or English.
 * The column names each format may use, in English and Indonesian, are kept in one place, {@code ExportColumns}.
 * Plain classes: no container, no database.
 */
package id.djpk.portal.report.social;
