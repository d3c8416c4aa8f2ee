#!/usr/bin/env python3
"""CPU seconds of a command and everything it started, Chromium's processes included (BENCHMARKS.md, "CPU per CLI
run"): as a child subreaper it waits for every descendant, also those whose parent exited first, which
`/usr/bin/time` misses. Linux only. Usage: tools/bench/reap-cpu.py node node_modules/.cache/lkj/cli.js
Prints `cpu <user+system>` on stderr (or writes it to the file named by REAP_OUT); exits with the command's code."""
import ctypes, os, resource, sys

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
code = 1
while True:
    try:
        done, status = os.wait()
    except ChildProcessError:
        break
    if done == pid:
        code = os.waitstatus_to_exitcode(status)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
line = f"{usage.ru_utime + usage.ru_stime:.3f}\n"
if os.environ.get("REAP_OUT"):
    with open(os.environ["REAP_OUT"], "w") as f:
        f.write(line)
else:
    sys.stderr.write(f"cpu {line}")
sys.exit(code if code >= 0 else 128 - code)
