/** The audit trail: who changed what, when. Every service records its state changes here. */
package id.djpk.portal.audit;
