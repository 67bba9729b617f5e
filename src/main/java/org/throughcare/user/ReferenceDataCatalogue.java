package org.throughcare.user;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Every reference data list the modules contribute, in their order. */
@Component
class ReferenceDataCatalogue {

    private final List<ReferenceDataList> lists;

    ReferenceDataCatalogue(List<ReferenceDataList> lists) {
        this.lists = lists.stream()
                .sorted(Comparator.comparingInt(ReferenceDataList::position))
                .toList();
    }

    List<ReferenceDataList> lists() {
        return lists;
    }
}
