package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.Text;
import org.throughcare.user.UserDirectory;

import java.util.List;

/** The providers administrators maintain: names unique, every change audited with its fields, never deleted. */
@Service
class Providers {

    static final RecordKind RECORD_KIND = RecordKind.of("Provider");

    private final ProviderRepository providers;
    private final AuditService audit;
    private final EntitySnapshots snapshots;

    private final UserDirectory directory;

    Providers(ProviderRepository providers, AuditService audit, EntitySnapshots snapshots, UserDirectory directory) {
        this.providers = providers;
        this.directory = directory;
        this.audit = audit;
        this.snapshots = snapshots;
    }

    @Transactional(readOnly = true)
    Page<Provider> page(int page, int size) {
        return providers.findPage(PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    Provider provider(Long id) {
        return providers.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
    }

    @Transactional
    Provider create(ProviderDetails details) {
        ProviderDetails d = tidy(details);
        if (providers.existsByNameIgnoreCase(d.name())) {
            throw duplicate(d.name());
        }
        Provider provider = providers.save(new Provider(d));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                provider.getId(),
                "Created provider " + d.name(),
                snapshots.of(provider).asCreated());
        return provider;
    }

    @Transactional
    Provider update(Long id, ProviderDetails details) {
        Provider provider = provider(id);
        RuleViolationException.checkVersion(provider.getVersion(), details.version(), "provider");
        ProviderDetails d = tidy(details);
        if (providers.existsByNameIgnoreCaseAndIdNot(d.name(), id)) {
            throw duplicate(d.name());
        }
        Snapshot before = snapshots.of(provider);
        provider.change(d);
        List<AuditChange> changes = before.changesTo(snapshots.of(provider));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Changed provider " + d.name(), changes);
        }
        return provider;
    }

    private ProviderDetails tidy(ProviderDetails d) {
        if (d.teamId() != null && directory.teams(List.of(d.teamId())).isEmpty()) {
            throw new RuleViolationException("teamId", "Select a team from the list");
        }
        return new ProviderDetails(
                d.name().trim(),
                d.service(),
                Text.blankToNull(d.phone()),
                Text.blankToNull(d.email()),
                Text.blankToNull(d.address()),
                d.teamId(),
                d.active(),
                d.version());
    }

    private static RuleViolationException duplicate(String name) {
        return new RuleViolationException("name", "A provider called " + name + " already exists");
    }
}
