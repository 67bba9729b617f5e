package org.throughcare.dashboard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    /** The programmes of one area, or of every area when {@code areaId} is null, by name. */
    @Query(value = """
                    select p from Programme p
                    where :areaId is null or p.areaId = :areaId
                    order by lower(p.name), p.id
                    """, countQuery = """
                    select count(*) from Programme p where :areaId is null or p.areaId = :areaId
                    """)
    Page<Programme> findInArea(@Param("areaId") Long areaId, Pageable pageable);

    @Query("""
            select count(p) > 0 from Programme p
            where p.areaId = :areaId and lower(p.name) = lower(:name) and (:id is null or p.id <> :id)
            """)
    boolean nameTaken(@Param("areaId") Long areaId, @Param("name") String name, @Param("id") Long id);
}
