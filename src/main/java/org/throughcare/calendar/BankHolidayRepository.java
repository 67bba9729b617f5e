package org.throughcare.calendar;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {

    @Query("select h.day from BankHoliday h")
    List<LocalDate> findAllDays();

    boolean existsByDay(LocalDate day);

    @Query(
            value = "select b from BankHoliday b order by b.day desc, b.id desc",
            countQuery = "select count(*) from BankHoliday b")
    Page<BankHoliday> findPage(Pageable pageable);
}
