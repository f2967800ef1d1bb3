package id.djpk.portal.ppid;

/** How the requester wants to obtain the information (the Perki form: see, read, hear, note, or a copy). */
public enum ObtainMethod { SEE, READ, HEAR, NOTE, SOFTCOPY, HARDCOPY }
