package org.throughcare.web;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every reference data admin screen does the same way: a paged table whose first column names the
 * record and links to its change form, and add and change forms saved through {@link FormErrors#submit}
 * that go back to the list with "[Noun] [name] created" or "Changes to [name] saved". A controller keeps
 * its own mappings, each with its access rule, its form object and its options, and hands the rest here.
 */
public final class AdminPages<E> {

    public static final int PAGE_SIZE = 25;

    /** One page of records, in the order the list shows them. */
    @FunctionalInterface
    public interface PageQuery<E> {
        Page<E> page(int index, int size);
    }

    private final String path;
    private final String listView;
    private final String noun;
    private final Function<E, Long> id;
    private final Function<E, String> name;

    /**
     * @param path the list's path; a record's change form is at path/{id}/edit
     * @param noun what a record is called at the start of a sentence, such as "Offence"
     */
    public AdminPages(String path, String listView, String noun, Function<E, Long> id, Function<E, String> name) {
        this.path = path;
        this.listView = listView;
        this.noun = noun;
        this.id = id;
        this.name = name;
    }

    /**
     * The list page: head, rows and pages in the model.
     *
     * @param head every column's heading, the first being the record's name
     * @param otherCells the cells after the name, one per remaining heading
     */
    public String list(
            Integer page, Model model, PageQuery<E> query, List<Cell> head, Function<E, List<Cell>> otherCells) {
        Page<E> results = PageLinks.fetch(page, index -> query.page(index, PAGE_SIZE));
        List<List<Cell>> rows = results.stream()
                .map(record -> {
                    List<Cell> row = new ArrayList<>();
                    row.add(Cell.link(name.apply(record), editPath(id.apply(record))));
                    row.addAll(otherCells.apply(record));
                    return row;
                })
                .toList();
        model.addAttribute("head", head);
        model.addAttribute("rows", rows);
        model.addAttribute("pages", PageLinks.of(results));
        return listView;
    }

    public String create(
            BindingResult result, RedirectAttributes redirect, Supplier<E> create, Supplier<String> showForm) {
        return FormErrors.submit(
                result,
                () -> {
                    E created = create.get();
                    redirect.addFlashAttribute("successMessage", noun + " " + name.apply(created) + " created");
                    return "redirect:" + path;
                },
                showForm);
    }

    public String update(
            BindingResult result, RedirectAttributes redirect, Supplier<E> update, Supplier<String> showForm) {
        return FormErrors.submit(
                result,
                () -> {
                    E changed = update.get();
                    redirect.addFlashAttribute("successMessage", "Changes to " + name.apply(changed) + " saved");
                    return "redirect:" + path;
                },
                showForm);
    }

    public String editPath(Long recordId) {
        return path + "/" + recordId + "/edit";
    }
}
