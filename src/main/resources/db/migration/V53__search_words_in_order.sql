-- Two transactions that each record people with the same two new name words could insert them into search_word in
-- opposite orders and deadlock (one would be rolled back). Inserting in the words' order makes them queue instead.
create or replace function person_search_words_after_insert() returns trigger
    language plpgsql
as $$
begin
    insert into person_search_word (word, person_id, sort_key)
    select w.word, n.id, w.sort_key from new_people n cross join lateral person_words(n) w;
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
    insert into person_search_word (word, person_id, sort_key)
    select w.word, n.id, w.sort_key
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
