package id.djpk.portal.ppid;

/** How the answer reaches the requester. */
public enum DeliveryMethod { PICKUP, POST, EMAIL }
