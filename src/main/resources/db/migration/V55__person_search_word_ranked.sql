-- A search for one whole name word (a family name typed in full) ranks its people by whether the word is their own
-- name rather than an alias, then family and given name: this index holds them in that order, so a page of the
-- commonest family name reads its own entries, not every match ranked (PersonSearch.oneWholeWord).
create index person_search_word_ranked on person_search_word (word, in_name desc, sort_key, person_id);
