-- A word of the person's own given or family name ranks above the same word in their other names (aliases): a
-- search for "Lee Akhtar" listed every Akhtar with the alias Lee Booth, alphabetically, before Lee Akhtar.
-- person_words now says which words are the person's own (in_name), and the index carries it for the ranking.
drop function person_words(person);

create function person_words(p person) returns table (word text, sort_key text, in_name boolean)
    language sql immutable parallel safe
as $$
    select w.word, search_fold(p.family_name || ' ' || p.given_name), bool_or(w.in_name)
    from (select regexp_split_to_table(search_fold(p.given_name || ' ' || p.family_name), '\s+'), true
          union all
          select regexp_split_to_table(search_fold(p.other_names), '\s+'), false) as w(word, in_name)
    where p.merged_into_id is null and w.word <> ''
    group by w.word
$$;

create or replace function person_search_words_after_insert() returns trigger
    language plpgsql
as $$
begin
    insert into person_search_word (word, person_id, sort_key, in_name)
    select w.word, n.id, w.sort_key, w.in_name from new_people n cross join lateral person_words(n) w;
    insert into search_word (word)
    select distinct w.word from new_people n cross join lateral person_words(n) w
    order by w.word
    on conflict do nothing;
    return null;
end $$;

create or replace function person_search_words_after_update() returns trigger
    language plpgsql
as $$
begin
    delete from person_search_word pw
    using new_people n join old_people o on o.id = n.id
    where pw.person_id = n.id and person_words_changed(o, n);
    insert into person_search_word (word, person_id, sort_key, in_name)
    select w.word, n.id, w.sort_key, w.in_name
    from new_people n join old_people o on o.id = n.id cross join lateral person_words(n) w
    where person_words_changed(o, n);
    insert into search_word (word)
    select distinct w.word
    from new_people n join old_people o on o.id = n.id cross join lateral person_words(n) w
    where person_words_changed(o, n)
    order by w.word
    on conflict do nothing;
    return null;
end $$;

truncate person_search_word;
alter table person_search_word
    add column in_name boolean not null,
    drop constraint person_search_word_pkey,
    add primary key (word, person_id) include (sort_key, in_name);
insert into person_search_word (word, person_id, sort_key, in_name)
select w.word, p.id, w.sort_key, w.in_name from person p cross join lateral person_words(p) w;
