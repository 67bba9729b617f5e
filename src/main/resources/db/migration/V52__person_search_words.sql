-- Person search by name matches each typed word against the words of people's names (as typed, as part of a word,
-- or with a typo forgiven by trigram similarity). Matching it against person.search_name read every matching person's
-- row to rank them: a common family name at national scale (5,827 people) cost 22 ms of PostgreSQL time a search.
-- Instead, the distinct name words (tens of thousands at most, even nationally) are matched by trigram, and the people
-- with those words are read from one index that carries what results are sorted by, without visiting the person table.

-- Every word that occurs in someone's names; the trigram index finds the words a typed word matches.
create table search_word (
    word text primary key
);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);

-- Each person's name words (given, family and other names, folded as search_name is). A record merged into another
-- has none: it is found through the survivor.
create table person_search_word (
    word      text   not null,
    person_id bigint not null references person (id) on delete cascade,
    sort_key  text   not null,
    primary key (word, person_id) include (sort_key)
);
create index person_search_word_person_idx on person_search_word (person_id);

-- Words are never removed from search_word: one that nobody has any more matches nobody, and removing it could race
-- with another transaction giving someone that word.
create function person_words(p person) returns table (word text, sort_key text)
    language sql immutable parallel safe
as $$
    select distinct w.word, search_fold(p.family_name || ' ' || p.given_name)
    from regexp_split_to_table(p.search_name, '\s+') as w(word)
    where p.merged_into_id is null and w.word <> ''
$$;

create function person_words_changed(o person, n person) returns boolean
    language sql immutable parallel safe
as $$
    select n.search_name is distinct from o.search_name
        or n.family_name is distinct from o.family_name
        or n.given_name is distinct from o.given_name
        or (n.merged_into_id is null) <> (o.merged_into_id is null)
$$;

-- Statement triggers with transition tables: a bulk load of people writes their words in one set-based insert.
create function person_search_words_after_insert() returns trigger
    language plpgsql
as $$
begin
    insert into person_search_word (word, person_id, sort_key)
    select w.word, n.id, w.sort_key from new_people n cross join lateral person_words(n) w;
    insert into search_word (word)
    select distinct w.word from new_people n cross join lateral person_words(n) w
    on conflict do nothing;
    return null;
end $$;

-- Only people whose names or merge changed: most updates (an address, housing, the version) leave the words alone.
create function person_search_words_after_update() returns trigger
    language plpgsql
as $$
begin
    delete from person_search_word pw
    using new_people n join old_people o on o.id = n.id
    where pw.person_id = n.id and person_words_changed(o, n);
    insert into person_search_word (word, person_id, sort_key)
    select w.word, n.id, w.sort_key
    from new_people n join old_people o on o.id = n.id cross join lateral person_words(n) w
    where person_words_changed(o, n);
    insert into search_word (word)
    select distinct w.word
    from new_people n join old_people o on o.id = n.id cross join lateral person_words(n) w
    where person_words_changed(o, n)
    on conflict do nothing;
    return null;
end $$;

create trigger person_search_words_insert
    after insert on person
    referencing new table as new_people
    for each statement execute function person_search_words_after_insert();

create trigger person_search_words_update
    after update on person
    referencing old table as old_people new table as new_people
    for each statement execute function person_search_words_after_update();

-- The people recorded so far.
insert into person_search_word (word, person_id, sort_key)
select w.word, p.id, w.sort_key from person p cross join lateral person_words(p) w;
insert into search_word (word) select distinct word from person_search_word;

-- The trigram index on the whole name is no longer read by any query.
drop index person_search_name_trgm;
