/**
 * Stored files (attachments, uploads): the real type is detected from the content, the size is
 * limited, every file is kept by its SHA-256 under the data directory and never overwritten.
 */
package id.djpk.portal.document;
