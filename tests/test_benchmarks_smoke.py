"""benchmarks/ keeps working: its modules import, the cadence simulation drives the real poller, the
concurrency run finishes its workflows. No timings are asserted (benchmarks print figures, tests don't)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a top-level folder, not an installed package
    sys.path.insert(0, str(ROOT))

from benchmarks import cadence, common, concurrency, loadgen, readme_timings, uploads  # noqa: E402
from benchmarks.__main__ import markdown_table  # noqa: E402


def test_anchor_schedules_count_requests_and_lag_exactly() -> None:
    # azure-core: checks at 0, 30, 60 s; a 45 s job is seen at 60 s
    result = cadence.run_anchor(cadence.azure, [45.0], seed=0)
    assert (result.requests, result.lag_mean) == (3.0, 15.0)
    fixed = cadence.run_anchor(cadence.fixed_1s, [2.5, 0.0], seed=0)
    assert fixed.requests == 2.5 and fixed.lag_mean == 0.25


def test_heygen_cli_schedule_starts_at_2_s_and_caps_at_30_s() -> None:
    sleeps = cadence.heygen_cli(random.Random(1))
    first = [next(sleeps) for _ in range(8)]
    assert 1.5 <= first[0] <= 2.5
    assert all(22.5 <= s <= 37.5 for s in first[5:])


def test_our_poller_checks_at_once_and_detects_every_job() -> None:
    photo = next(k for k in cadence.KINDS if k.label == "photo")
    done_already = cadence.run_ours(photo, [0.0], seed=1)
    assert (done_already.requests, done_already.lag_mean) == (1.0, 0.0)
    jobs = cadence.durations(photo, "lognormal", 20, seed=3)
    result = cadence.run_ours(photo, jobs, seed=3)
    assert result.requests >= 2 and 0 <= result.lag_mean <= result.lag_p95
    hinted = cadence.run_ours(photo, jobs, seed=3, hint=True)
    assert hinted.lag_p95 <= 1.0, "with Retry-After = time left, the poller is at most its 1 s floor late"


def test_every_kind_and_cadence_is_simulated() -> None:
    results = cadence.simulate(samples=5)
    assert set(results) == {(k.label, s) for k in cadence.KINDS for s in cadence.SHAPES}
    for row in results.values():
        assert {"ours", *cadence.ANCHORS} <= set(row)
        assert all(r.requests >= 1 and r.lag_mean >= 0 for r in row.values())


def test_concurrent_workflows_finish_in_virtual_time_under_the_cap() -> None:
    result = concurrency.run_workflows(24)
    assert result["finished"] == 24 and result["lost"] == 0 and result["duplicates"] == 0
    assert result["http_429"] == 0, "admission control keeps 24 workflows under the mock's cap of 10"
    assert result["makespan"] >= result["lower_bound"] > 0
    anchor = concurrency.run_workflows(24, admission=False)
    assert anchor["finished"] == 24 and anchor["http_429"] > 0, "without it, they meet 429s"


def test_a_small_manifest_runs_through_the_batch_line() -> None:
    result = concurrency.run_manifest(30)
    assert result["succeeded"] == 30 and result["http_429"] == 0 and result["journal_writes"] == 90


def test_load_generator_builds_keep_alive_requests() -> None:
    raw = loadgen.build_request("POST", "/v3/avatars", {"x-api-key": "k"}, b"{}")
    assert raw.startswith(b"POST /v3/avatars HTTP/1.1\r\n") and raw.endswith(b"\r\n\r\n{}")
    assert b"content-length: 2" in raw


def test_the_throughput_row_loads_the_mock_server_over_loopback() -> None:
    from benchmarks import throughput

    with throughput._server("mock") as (port, look_id):
        for workload in throughput.WORKLOADS:
            result = loadgen.run_load(port, throughput._requests(workload, look_id, port), 40)
            assert result.requests == 40 and set(result.statuses) <= {200}, (workload, result.statuses)


def test_table_shows_ratio_target_and_verdict() -> None:
    rows = [common.Row("3", "polling", "3 req", "heygen-cli", "6 req", 0.5, "<= 0.75x", True)]
    table = markdown_table(rows)
    assert "| 3 | polling | 3 req | heygen-cli | 6 req | 0.50x | <= 0.75x | yes |" in table


def test_the_push_column_drives_the_real_wait_flow_and_push_inbox() -> None:
    from benchmarks import push

    video = next(k for k in cadence.KINDS if k.label == "video")
    jobs = cadence.durations(video, "uniform", 12, seed=5)
    clean = push.run_push(video, jobs, seed=5)
    assert clean.requests == 2.0 and clean.completed == 12  # the create and one confirming read each
    assert clean.lag_mean == pytest.approx(clean.delay_mean)  # the event ends the wait on arrival
    lost = push.run_push(video, jobs, seed=5, drop=1.0)  # every delivery lost: the safety poll finds them
    assert lost.completed == 12 and lost.delay_mean == 0.0 and lost.requests > 2.0
    rows, details = push.measure_push(4, cadence.simulate(samples=4))
    assert {row.measure for row in rows} == {
        f"push {k.label}, {s}" for k in cadence.KINDS if push.pushable(k) for s in cadence.SHAPES
    }
    assert any("v3 avatar" in line and "no push" in line for line in details)


def test_the_upload_row_runs_ours_and_the_anchor() -> None:
    rows, details = uploads.measure(True, size_mb=4)
    assert [row.measure for row in rows] == [
        "direct upload of 4 MB: wall",
        "direct upload of 4 MB: peak memory growth",
    ]
    assert all(row.ours.endswith(("s", "MB")) and row.theirs for row in rows), rows
    assert details[0].startswith("ours: ")


def test_the_readme_row_times_the_quickstart_block() -> None:
    block = readme_timings.quickstart()
    assert "generate_photos" in block and "generate_looks" in block
