#!/usr/bin/env python3
"""Cold start to first response: time from exec of `secretariado serve` to the first
200 on /health, polling every millisecond. Runs it N times, prints each and the median.

usage: coldstart.py BIN PORT [RUNS]   (database from the environment, as for serve)
"""
import http.client
import os
import signal
import statistics
import subprocess
import sys
import time


def once(binary: str, port: int) -> float:
    start = time.monotonic()
    server = subprocess.Popen(
        [binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with status {server.returncode}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", "/health")
                if conn.getresponse().status == 200:
                    return time.monotonic() - start
            except OSError:
                pass
            time.sleep(0.001)
            if time.monotonic() - start > 60:
                raise SystemExit("no answer within 60 s")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main() -> None:
    binary, port = sys.argv[1], int(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    times = [once(binary, port) for _ in range(runs)]
    for t in times:
        print(f"  {t * 1000:.0f} ms")
    print(f"cold start to first 200 on /health: median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms ({runs} runs)")


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "error")
    main()
