-- Every foreign key leads an index: the person columns of the compliance tables (a person's drug tests
-- and enforcement, read together on their page and moved together when records are merged).
create index order_drug_test_person_idx on order_drug_test (person_id, tested_on desc);
create index enforcement_action_person_idx on enforcement_action (person_id, decided_on desc);
