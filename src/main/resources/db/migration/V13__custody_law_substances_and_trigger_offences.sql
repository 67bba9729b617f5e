-- Which substances can found a required assessment, and from when custody tests report on each.
-- "Specified Class A drugs" means every Class A drug since 2 August 2023 (SI 2023/784), but a required
-- assessment follows a positive for a substance the police have said founds one; the kits in use test for
-- opiates and cocaine. A substance added later is not asked for on tests from before it was tested.
alter table tested_substance
    add column founds_required_assessment boolean not null default false,
    add column tested_from date;

update tested_substance set founds_required_assessment = true where code in ('OPIATES', 'COCAINE');

-- Attempts are trigger offences only for theft, robbery, burglary, handling and fraud (Criminal Justice and
-- Court Services Act 2000 Sch 6): not for aggravated burglary.
update offence
set is_trigger = false, updated_at = now(), updated_by = 'migration', version = version + 1
where lower(name) = 'attempted aggravated burglary' and is_trigger;
