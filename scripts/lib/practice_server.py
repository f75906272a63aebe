"""Runs page programs for scripts/run-practice.mjs, each in a fork of this interpreter.

Importing torch and numpy takes about 1.3 s of CPU here, most of the time a page's program needs.
This server imports them once; each program then runs in a child forked from it, which starts
with those modules already loaded but otherwise as a fresh `python3 main.py` would: its own
process, working folder, __main__, stdout and stderr, and nothing left over from the programs
before it. (PYTHONHASHSEED and the thread settings come from the environment the server was
started with, as they would for a fresh interpreter.)

Protocol, one JSON object per line. In: {"dir": "/tmp/practice-…"} runs dir/main.py with dir as
its working folder, writing dir/stdout and dir/stderr. Out: {"pid": N} once the child runs (the
caller may kill it on a timeout), then {"status": S}, its exit code (negative: killed by signal).
"""
import json
import os
import runpy
import sys
import traceback

import numpy  # noqa: F401  (loaded once for every child)
import torch  # noqa: F401

# No torch.set_num_threads here (OMP_NUM_THREADS=1 from the environment already gives one
# thread): that call creates torch's thread pool, which a forked child cannot use. Each new
# thread in the child that ran an operator then failed with "pool INTERNAL ASSERT FAILED …
# Invalid thread pool!", and a page that runs ranks as threads (MoE 多卡) waited forever on
# the ranks that had died: it timed out in about half of the runs.


def run_child(folder):
    """In the forked child: runs folder/main.py as __main__ and returns its exit code."""
    os.chdir(folder)
    for fd, name in ((1, 'stdout'), (2, 'stderr')):
        os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    sys.stdin = open(os.devnull)
    sys.argv = ['main.py']
    sys.path[0] = folder
    try:
        runpy.run_path('main.py', run_name='__main__')
        return 0
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1


def main():
    for line in sys.stdin:
        folder = json.loads(line)['dir']
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = run_child(folder)
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        print(json.dumps({'pid': pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({'status': os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == '__main__':
    main()
