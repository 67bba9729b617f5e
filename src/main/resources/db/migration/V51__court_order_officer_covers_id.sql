-- order: an officer's active orders, with the order's id in the index. The probation home lists the officer's overdue
-- outcomes by joining their active orders to the open appointments; at national scale (357 active orders for one
-- officer) reading each order's row from the heap to get its id was 1.4 ms of the statement's 3.3 ms. With the id in
-- the index the join reads the index alone (1.9 ms); the caseload's order by end date still reads it in order.
drop index court_order_officer_idx;
create index court_order_officer_idx on court_order (responsible_officer_id, ends_on) include (id)
    where ended_on is null;
