package org.throughcare.order;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;

import java.util.List;

/** The courts administrators maintain: names unique, every change audited with its fields, never deleted. */
@Service
class Courts {

    static final RecordKind COURT = RecordKind.of("Court");

    private final CourtRepository courts;
    private final AuditService audit;
    private final EntitySnapshots snapshots;

    Courts(CourtRepository courts, AuditService audit, EntitySnapshots snapshots) {
        this.courts = courts;
        this.audit = audit;
        this.snapshots = snapshots;
    }

    @Transactional(readOnly = true)
    Page<Court> page(int page, int size) {
        return courts.findPage(PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    Court court(Long id) {
        return courts.findById(id).orElseThrow(() -> new RecordNotFoundException(COURT, id));
    }

    @Transactional
    Court create(String name) {
        String tidy = name.trim();
        if (courts.existsByNameIgnoreCase(tidy)) {
            throw duplicate(tidy);
        }
        Court court = courts.save(new Court(tidy));
        audit.record(
                AuditAction.CREATE,
                COURT,
                court.getId(),
                "Created court " + tidy,
                snapshots.of(court).asCreated());
        return court;
    }

    @Transactional
    Court update(Long id, String name, boolean active, long version) {
        Court court = court(id);
        RuleViolationException.checkVersion(court.getVersion(), version, "court");
        String tidy = name.trim();
        if (courts.existsByNameIgnoreCaseAndIdNot(tidy, id)) {
            throw duplicate(tidy);
        }
        var before = snapshots.of(court);
        court.rename(tidy);
        court.setActive(active);
        List<AuditChange> changes = before.changesTo(snapshots.of(court));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, COURT, id, "Changed court " + tidy, changes);
        }
        return court;
    }

    private static RuleViolationException duplicate(String name) {
        return new RuleViolationException("name", "A court called " + name + " already exists");
    }
}
