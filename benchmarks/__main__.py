"""Run the benchmarks: ``python -m benchmarks [--rebuild] [--only NAME ...]``.

Results are printed as a table and written to ``benchmarks/results.json``. Missed targets
are reported in the table's "ok" column; the exit status does not depend on them.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from benchmarks import (
    case_bench,
    dataset,
    letter_bench,
    people_bench,
    queue_bench,
    store_bench,
    ui_bench,
)
from benchmarks.timing import RESULTS_PATH, Group, Record, Selection, print_table, write_results

# Later benchmark groups register here; their records go to the same results file.
GROUPS: dict[str, Group] = {
    group.name: group
    for group in (
        store_bench.GROUP,
        case_bench.GROUP,
        letter_bench.GROUP,
        ui_bench.GROUP,
        queue_bench.GROUP,
        people_bench.GROUP,
    )
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    known = sorted({*GROUPS, *(m for g in GROUPS.values() for m in g.measurements)})
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--rebuild", action="store_true", help="rebuild the dataset in benchmarks/data/ first"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        choices=known,
        help=f"run only this group or measurement (repeatable): {', '.join(known)}",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    data = dataset.ensure(rebuild=args.rebuild)
    built = time.perf_counter()
    selection = Selection(frozenset(args.only))
    records: list[Record] = []
    for group in GROUPS.values():
        if any(selection.wants(group.name, m) for m in group.measurements):
            records += group.run(data, selection)
    finished = time.perf_counter()
    print()
    print_table(records)
    write_results(records, merge=bool(args.only))
    print(f"wrote {len(records)} records to {RESULTS_PATH}")
    print(f"dataset {built - started:.1f} s, measurements {finished - built:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
