#!/usr/bin/env python3
"""Load run: does a failing webhook slow a write? Standard library only.

Starts `fairrecruit serve` twice on a fresh data directory: once with no webhooks,
once with 20 webhooks on NP organizations whose endpoint accepts the connection and
never answers (each delivery waits for the full timeout). Both times it registers
the same number of NP agencies one after another and prints the write latency.

    cargo build --release
    python3 benches/webhooks_load.py target/release/fairrecruit [WRITES]
"""

from __future__ import annotations

import http.server
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

PORT = 18181


class Hang(http.server.BaseHTTPRequestHandler):
    """Reads the request and never answers in time."""

    def do_POST(self):  # noqa: N802 (the http.server API)
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(60)

    def log_message(self, *args):
        pass


def call(method: str, path: str, token: str, body=None) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}{path}",
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def token(binary: str, data: str, role: str) -> str:
    out = subprocess.run(
        [binary, "--data-dir", data, "token", "create", "--role", role, "--name", f"load {role}"]
        + (["--jurisdiction", "NP"] if role == "consulate" else []),
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def run(binary: str, writes: int, webhooks: int, receiver_port: int) -> list[float]:
    with tempfile.TemporaryDirectory() as data:
        admin = token(binary, data, "admin")
        consulate = token(binary, data, "consulate")
        server = subprocess.Popen(
            [binary, "--data-dir", data, "serve", "--bind", f"127.0.0.1:{PORT}",
             "--webhook-hosts", "127.0.0.1", "--webhook-allow-private",
             "--webhook-timeout-seconds", "10"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/readyz", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            for i in range(webhooks):
                call("POST", "/api/v1/webhooks", consulate,
                     {"url": f"http://127.0.0.1:{receiver_port}/hook/{i}",
                      "secret": "load-run-secret-0123456789", "countries": ["NP"]})
            latencies = []
            for i in range(writes):
                started = time.perf_counter()
                call("POST", "/api/v1/organizations", admin,
                     {"kind": "agency", "name": f"Load Run Agency {i}", "country": "NP"})
                latencies.append((time.perf_counter() - started) * 1000)
            return latencies
        finally:
            server.terminate()
            server.wait(timeout=30)


def summary(label: str, latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"| {label} | {len(ordered)} | {statistics.median(ordered):.2f} | {p99:.2f} | "
            f"{max(ordered):.2f} |")


def main() -> None:
    binary = sys.argv[1]
    writes = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hang)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    quiet = run(binary, writes, 0, receiver.server_port)
    hung = run(binary, writes, 20, receiver.server_port)
    print("| webhooks | writes | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|")
    print(summary("none", quiet))
    print(summary("20, endpoint never answers", hung))


if __name__ == "__main__":
    main()
