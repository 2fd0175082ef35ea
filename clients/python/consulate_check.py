#!/usr/bin/env python3
"""A consulate's first session with fairrecruit, written only against the Python
client that openapi-python-client generates from openapi/openapi.json.

It proves the published document is enough to mirror the registry and stay in sync:
export everything, verify licences in bulk (numbers retyped in other punctuation and
case), then follow the change feed from zero to the head with no gap or repeat.

    python3 -m venv /tmp/oapc && /tmp/oapc/bin/pip install openapi-python-client==0.29.1
    /tmp/oapc/bin/openapi-python-client generate --path openapi/openapi.json \
        --output-path /tmp/fairrecruit-client --meta setup
    /tmp/oapc/bin/pip install /tmp/fairrecruit-client
    /tmp/oapc/bin/python clients/python/consulate_check.py http://127.0.0.1:8080 TOKEN

TOKEN is a consulate token (`fairrecruit token create --role consulate ...`).
Exits 1 with a message when anything is not as the document says.
"""

from __future__ import annotations

import json
import sys

from fairrecruit_client import AuthenticatedClient
from fairrecruit_client.api.audit import get_audit_head
from fairrecruit_client.api.changes import export_registry, list_changes
from fairrecruit_client.api.licences import verify_licences
from fairrecruit_client.models import (
    BulkVerifyRequest,
    BulkVerifyResponse,
    ChangePage,
    ExportFormat,
    Head,
    VerifyItem,
)


def fail(message: str) -> None:
    print(f"consulate check failed: {message}", file=sys.stderr)
    sys.exit(1)


def retyped(number: str) -> str:
    """The licence number as a clerk might type it: lower case, dashes as spaces."""
    return number.lower().replace("-", " ").replace("/", " / ")


def export(client: AuthenticatedClient) -> tuple[int, list[dict]]:
    response = export_registry.sync_detailed(client=client, format_=ExportFormat.NDJSON)
    if response.status_code != 200:
        fail(f"export answered {response.status_code}: {response.content[:200]!r}")
    lines = response.content.decode("utf-8").splitlines()
    header = json.loads(lines[0])
    if header.get("type") != "header" or not isinstance(header.get("seq"), int):
        fail(f"the first export line is not the header: {lines[0][:200]}")
    seq_header = response.headers.get("x-fairrecruit-seq")
    if seq_header is not None and int(seq_header) != header["seq"]:
        fail(f"header line seq {header['seq']} but X-Fairrecruit-Seq {seq_header}")
    return header["seq"], [json.loads(line) for line in lines[1:] if line]


def verify(client: AuthenticatedClient, organizations: list[dict]) -> int:
    expected = []
    for organization in organizations:
        for licence in organization.get("licences", []):
            expected.append((licence["authority"], licence["number"], organization["id"]))
    expected = expected[:1000]
    if not expected:
        fail("the export holds no licences to verify")
    items = [VerifyItem(authority=a, number=retyped(n)) for a, n, _ in expected]
    answer = verify_licences.sync(client=client, body=BulkVerifyRequest(items=items))
    if not isinstance(answer, BulkVerifyResponse):
        fail(f"bulk verification answered {answer}")
    if len(answer.items) != len(expected):
        fail(f"asked {len(expected)} items, got {len(answer.items)} answers")
    for (authority, number, organization_id), item in zip(expected, answer.items):
        if not item.found or str(item.organization_id) != organization_id:
            fail(f"{authority} {number!r} retyped as {retyped(number)!r}: {item.to_dict()}")
    return len(expected)


def follow(client: AuthenticatedClient, until: int) -> tuple[int, int]:
    """Pages through the feed from the start; returns (events, organizations created)."""
    after, events, created, last = 0, 0, 0, 0
    while True:
        page = list_changes.sync(client=client, after=after, limit=500)
        if not isinstance(page, ChangePage):
            fail(f"the change feed answered {page}")
        for change in page.items:
            if change.seq <= last:
                fail(f"seq {change.seq} after {last}: a repeat or a step back")
            last = change.seq
            events += 1
            created += change.action == "organization.created"
        if page.next_cursor < after:
            fail(f"the cursor went back from {after} to {page.next_cursor}")
        # The cursor also moves past events that are not public (tokens, for one).
        after = page.next_cursor
        if not page.items:
            break
    if after < until:
        fail(f"the feed's cursor stopped at {after}, before the export's seq {until}")
    return events, created


def main() -> None:
    if len(sys.argv) != 3:
        fail("usage: consulate_check.py BASE_URL CONSULATE_TOKEN")
    client = AuthenticatedClient(base_url=sys.argv[1], token=sys.argv[2], timeout=60.0)
    seq, organizations = export(client)
    verified = verify(client, organizations)
    events, created = follow(client, seq)
    if created != len(organizations):
        fail(f"the feed created {created} organizations, the export holds {len(organizations)}")
    head = get_audit_head.sync(client=client)
    if not isinstance(head, Head) or head.seq < seq:
        fail(f"the audit head {head} is behind the export's seq {seq}")
    print(
        f"consulate check: exported {len(organizations)} organizations at seq {seq}, "
        f"verified {verified} licences retyped, followed {events} changes to seq {head.seq}"
    )


if __name__ == "__main__":
    main()
