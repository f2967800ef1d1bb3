/**
 * Publications: regulations with their legal (JDIHN) metadata, notices to regions, news, data sets,
 * journals, events and the rest; their workflow draft → published → withdrawn, attachments and
 * the public read model (queries and the search index).
 */
package id.djpk.portal.publication;
