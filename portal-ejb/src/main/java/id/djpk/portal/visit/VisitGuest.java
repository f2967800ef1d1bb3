package id.djpk.portal.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A guest of a visit: listed by the requester, or someone who came without being listed. Reception marks
 * who arrived and who was admitted; only the admitted get their SPPD signed (E.3.c.7).
 */
@Entity
@Table(name = "visit_guest")
public class VisitGuest implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;
    @Column(name = "position_no")
    private int positionNo;
    @Column(name = "guest_name")
    private String name;
    @Column(name = "guest_position")
    private String position;
    private boolean head;
    private boolean listed;
    private boolean arrived;
    private boolean admitted;

    protected VisitGuest() {
    }

    VisitGuest(Visit visit, int positionNo, String name, String position, boolean head, boolean listed) {
        this.visit = visit;
        this.positionNo = positionNo;
        this.name = name;
        this.position = position;
        this.head = head;
        this.listed = listed;
    }

    void arrive(boolean arrived) {
        this.arrived = arrived;
    }

    void admit(boolean admitted) {
        this.admitted = admitted;
    }

    public Long getId() { return id; }
    public int getPositionNo() { return positionNo; }
    public String getName() { return name; }
    public String getPosition() { return position; }
    public boolean isHead() { return head; }
    public boolean isListed() { return listed; }
    public boolean isArrived() { return arrived; }
    public boolean isAdmitted() { return admitted; }
}
