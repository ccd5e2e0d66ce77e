#!/usr/bin/python3
"""kz-analyze as the map step of a Dask cluster.

Reads a JSON Lines corpus ({"id": ..., "text": ...} per line; one file, a folder's *.jsonl, a glob,
or any URL fsspec reads), cuts it into partitions at line boundaries, runs each partition through

    kz-analyze --input jsonl --json --jobs 1 --quiet

on a worker, and writes one output file per partition, OUT/part-00000.jsonl, part-00001.jsonl, ...
Concatenated in name order, they are byte for byte the output of one kz-analyze run over the
corpus (one line per record, in order).

    /usr/bin/python3 examples/dask/kz_dask.py --scheduler tcp://10.0.0.5:8786 corpus.jsonl out/
    /usr/bin/python3 examples/dask/kz_dask.py --local 2 --partitions 4 corpus.jsonl out/

Each partition runs kz-analyze by absolute path with an explicit minimal environment (PATH only):
a worker's environment is not the shell's, and the launcher finds node without it (on PATH, else
the node that built it). kz-analyze must be installed at the same path on every worker
(--kz-analyze), and the corpus and the output folder must be reachable there at the same paths
(a shared file system, or URLs for the corpus).

Exit status: 0 every record analysed; 1 some records failed (their error records are in the
output); 2 usage error; 3 a partition could not be run (kz-analyze missing, killed, or its output
short: its partial output is left as part-NNNNN.jsonl.tmp); 130, 143, 129 stopped by SIGINT,
SIGTERM, SIGHUP (the partitions still running are stopped; finished ones stay).

Needs Dask distributed for this interpreter (Debian: apt-get install python3-distributed, for
/usr/bin/python3).
"""

import argparse
import glob
import logging
import os
import signal
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_KZ = os.path.normpath(os.path.join(HERE, "..", "..", "bin", "kz-analyze"))
# what a record's line must hold besides whitespace to be a record: kz-analyze skips lines that
# JavaScript's trim() empties, so they are counted the same way here
JS_SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


class Stopped(Exception):
    def __init__(self, signum):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def count_records(data):
    """Lines of a partition that kz-analyze answers (non-blank ones), one output line each."""
    return sum(1 for line in data.decode("utf-8", errors="replace").split("\n") if line.strip(JS_SPACE))


def running():
    """The kz-analyze processes this worker process runs, by run, so a stopped run can stop them."""
    import types

    state = sys.modules.get("_kz_dask_running")
    if state is None:
        state = types.ModuleType("_kz_dask_running")
        state.procs = {}
        sys.modules["_kz_dask_running"] = state
    return state.procs


def stop_run(run_id):
    """On every worker (client.run): SIGTERM the run's kz-analyze processes (they exit 143 on a whole line)."""
    procs = list(running().get(run_id, ()))
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    return len(procs)


def analyse_partition(index, data, out_dir, command, env, run_id):
    """Runs on a worker: one partition through kz-analyze into out_dir/part-NNNNN.jsonl."""
    import subprocess

    final = os.path.join(out_dir, "part-%05d.jsonl" % index)
    partial = final + ".tmp"
    records = count_records(data)
    with open(partial, "wb") as out:
        try:
            proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE, env=env, close_fds=True)
        except OSError as err:
            os.remove(partial)
            raise RuntimeError("partition %d: cannot run %s: %s" % (index, command[0], err.strerror)) from None
        procs = running().setdefault(run_id, set())
        procs.add(proc)
        try:
            _, err = proc.communicate(data)
        finally:
            procs.discard(proc)
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    with open(partial, "rb") as f:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    message = err.decode("utf-8", errors="replace").strip().splitlines()
    if status not in (0, 1):
        why = "stopped by %s" % signal.Signals(status - 128).name if 128 < status < 160 else "failed"
        raise RuntimeError(
            "partition %d: kz-analyze %s (exit %d) after %d of %d records%s"
            % (index, why, status, lines, records, (": " + message[-1]) if message else "")
        )
    if lines != records:
        raise RuntimeError("partition %d: %d records in, %d lines out" % (index, records, lines))
    os.replace(partial, final)
    import socket

    return {"partition": index, "records": records, "status": status, "worker": "%s:%d" % (socket.gethostname(), os.getpid())}


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="kz_dask.py",
        description="Run kz-analyze over a JSON Lines corpus on a Dask cluster, one output file per partition.",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", metavar="N", type=int, help="start a LocalCluster of N worker processes here")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--partitions", metavar="N", type=int, help="cut the corpus into about N partitions")
    size.add_argument("--blocksize", metavar="BYTES", default="64MiB", help="bytes per partition (default 64MiB)")
    p.add_argument("--kz-analyze", metavar="PATH", default=DEFAULT_KZ, help="the launcher's absolute path on the workers (default: this checkout's)")
    p.add_argument("--node", metavar="PATH", help="run the launcher with this node (default: the launcher finds one)")
    p.add_argument("--path", metavar="PATH", default="/usr/bin:/bin", help="PATH given to kz-analyze (default /usr/bin:/bin)")
    p.add_argument("corpus", help="a .jsonl file, a folder of them, a glob or a URL")
    p.add_argument("out", help="output folder (created; must be empty)")
    args = p.parse_args(argv)
    if args.local is not None and args.local < 1:
        p.error("--local takes a number of workers from 1")
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions takes a number from 1")
    if not os.path.isabs(args.kz_analyze):
        p.error("--kz-analyze must be an absolute path (workers do not share this shell's directory or PATH)")
    return args


def corpus_files(corpus):
    if "://" in corpus:
        return corpus, None
    if os.path.isdir(corpus):
        corpus = os.path.join(corpus, "*.jsonl")
    files = sorted(glob.glob(corpus))
    return corpus, files


def main(argv):
    args = parse_args(argv)
    say = lambda text: sys.stderr.write("kz_dask: %s\n" % text)
    urlpath, files = corpus_files(args.corpus)
    if files is not None and not files:
        say("no such corpus: %s" % args.corpus)
        return 2
    out = os.path.abspath(args.out)
    if os.path.isdir(out) and os.listdir(out):
        say("output folder not empty: %s (results of another run would mix with these)" % out)
        return 2
    os.makedirs(out, exist_ok=True)
    if args.scheduler is None and not os.access(args.kz_analyze, os.X_OK):
        say("not an executable: %s" % args.kz_analyze)
        return 2

    from dask import delayed
    from dask.bytes import read_bytes
    from dask.distributed import Client, LocalCluster, as_completed

    if args.partitions:
        total = sum(os.path.getsize(f) for f in files) if files is not None else None
        if total is None:
            say("--partitions needs local files; give --blocksize for URLs")
            return 2
        # (read_bytes makes size // blocksize blocks of equal size)
        blocksize = max(1, total // args.partitions)
    else:
        blocksize = args.blocksize
    # blocks end at a line's end, so no record is cut; one list of blocks per file, in name order
    _, blocks = read_bytes(urlpath, delimiter=b"\n", blocksize=blocksize, sample=False)
    parts = [b for per_file in blocks for b in per_file]

    command = ([args.node] if args.node else []) + [args.kz_analyze, "--input", "jsonl", "--json", "--jobs", "1", "--quiet"]
    env = {"PATH": args.path}
    run_id = uuid.uuid4().hex

    def stop(signum, frame):
        raise Stopped(signum)

    for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(s, stop)

    cluster = client = futures = None
    try:
        if args.local:
            # one thread per worker process: each runs one kz-analyze with one thread, one core
            # (its workers' own log lines would repeat our one-line errors, with the data; and a worker
            # torn down after a stop logs "Scheduler was unaware of this worker" as an ERROR, a race
            # of the shutdown, not a failure: only what stops the cluster itself is printed)
            cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster if cluster else args.scheduler)
        tasks = [delayed(analyse_partition, pure=False)(i, part, out, command, env, run_id) for i, part in enumerate(parts)]
        futures = client.compute(tasks)
        records = failed = 0
        workers = set()
        for future in as_completed(futures):
            r = future.result()
            records += r["records"]
            failed += r["status"] == 1
            workers.add(r["worker"])
        say(
            "%d partitions, %d records, on %d worker processes -> %s/part-*.jsonl%s"
            % (len(parts), records, len(workers), out, "; some records failed (their error records are in the output)" if failed else "")
        )
        return 1 if failed else 0
    except Stopped as s:
        say("stopped by %s: stopping the partitions still running" % s)
        return 128 + s.signum
    except Exception as err:
        say(str(err).splitlines()[0] if str(err) else type(err).__name__)
        return 3
    finally:
        for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(s, signal.SIG_IGN)
        if client is not None:
            if futures:
                client.cancel(futures)
            try:
                client.run(stop_run, run_id)
            except Exception:
                pass
            client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
