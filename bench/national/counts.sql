-- What the national data set holds, once loaded (run by bench/national-data.sql and bench/national.sh).
analyze;

select 'people' as what, count(*) from person
union all select 'custody events', count(*) from custody_event
union all select 'drug test results', count(*) from drug_test_result
union all select 'required assessments', count(*) from required_assessment
union all select 'court orders', count(*) from court_order
union all select 'court reviews', count(*) from court_review
union all select 'appointments', count(*) from appointment
union all select 'enforcement actions', count(*) from enforcement_action
union all select 'referrals', count(*) from referral
union all select 'treatment episodes', count(*) from treatment_episode
union all select 'prison releases', count(*) from prison_release
union all select 'cases', count(*) from person_case;
