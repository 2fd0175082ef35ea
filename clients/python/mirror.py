#!/usr/bin/env python3
"""Mirror the public registry into a folder, and keep it in sync: an example program
for a consulate, written only against the Python client generated from
openapi/openapi.json (see consulate_check.py for how to generate it).

    python mirror.py BASE_URL TOKEN DIR            # export, then follow the feed
    python mirror.py --verify BASE_URL TOKEN DIR   # compare DIR with a fresh export

The first run exports everything (one JSON file per organization under
DIR/organizations/) and records the seq the export is consistent with in DIR/cursor.
It then follows GET /api/v1/changes from that seq: every change names the
organizations it touches (`organization_id`, `organization_ids`, or the organization
itself), and each of those is fetched again. The cursor is saved after each page is
applied, so a stopped mirror resumes where it left off and misses nothing. It stops
after --quiet seconds without a change (default 5).

--verify exits 1 and names the differences when the folder is not an exact copy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from fairrecruit_client import AuthenticatedClient
from fairrecruit_client.api.changes import export_registry, list_changes
from fairrecruit_client.api.organizations import get_organization
from fairrecruit_client.models import ChangePage, ExportFormat


def export(client: AuthenticatedClient) -> tuple[int, dict[str, dict]]:
    """The registry as of one seq: organization id -> public profile."""
    response = export_registry.sync_detailed(client=client, format_=ExportFormat.NDJSON)
    if response.status_code != 200:
        sys.exit(f"export answered {response.status_code}")
    lines = response.content.decode("utf-8").splitlines()
    seq = json.loads(lines[0])["seq"]
    profiles = {}
    for line in lines[1:]:
        if line:
            profile = json.loads(line)
            profile.pop("type", None)
            profiles[profile["id"]] = profile
    return seq, profiles


def write_json(path: Path, value) -> None:
    """Writes atomically, so a stopped mirror never leaves half a file."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, sort_keys=True))
    os.replace(temporary, path)


def touched(change) -> set[str]:
    """The organizations whose public profile a change may alter."""
    data = change.data.to_dict()
    ids = set(data.get("organization_ids") or [])
    if data.get("organization_id"):
        ids.add(data["organization_id"])
    if change.entity == "organization":
        ids.add(change.entity_id)
    return ids


def follow(client: AuthenticatedClient, folder: Path, quiet: int) -> None:
    organizations = folder / "organizations"
    cursor_file = folder / "cursor"
    cursor = int(cursor_file.read_text())
    quiet_for = 0
    applied = 0
    while quiet_for < quiet:
        page = list_changes.sync(client=client, after=cursor, limit=500, wait=1)
        if not isinstance(page, ChangePage):
            sys.exit(f"the change feed answered {page}")
        ids = set().union(*(touched(c) for c in page.items)) if page.items else set()
        for organization_id in sorted(ids):
            response = get_organization.sync_detailed(client=client, id=organization_id)
            if response.status_code != 200:
                sys.exit(f"organization {organization_id} answered {response.status_code}")
            write_json(organizations / f"{organization_id}.json", json.loads(response.content))
        applied += len(page.items)
        quiet_for = 0 if page.items else quiet_for + 1
        cursor = page.next_cursor
        cursor_file.write_text(str(cursor))
    print(f"mirror: applied {applied} changes, now at seq {cursor}")


def mirror(client: AuthenticatedClient, folder: Path, quiet: int) -> None:
    organizations = folder / "organizations"
    if not (folder / "cursor").exists():
        organizations.mkdir(parents=True, exist_ok=True)
        seq, profiles = export(client)
        for organization_id, profile in profiles.items():
            write_json(organizations / f"{organization_id}.json", profile)
        (folder / "cursor").write_text(str(seq))
        print(f"mirror: exported {len(profiles)} organizations at seq {seq}")
    follow(client, folder, quiet)


def verify(client: AuthenticatedClient, folder: Path) -> None:
    seq, profiles = export(client)
    mirrored = {
        path.stem: json.loads(path.read_text())
        for path in (folder / "organizations").glob("*.json")
    }
    missing = sorted(set(profiles) - set(mirrored))
    extra = sorted(set(mirrored) - set(profiles))
    different = sorted(i for i in set(profiles) & set(mirrored) if profiles[i] != mirrored[i])
    if missing or extra or different:
        sys.exit(
            f"mirror differs from the registry at seq {seq}: {len(missing)} missing "
            f"{missing[:3]}, {len(extra)} extra {extra[:3]}, {len(different)} different "
            f"{different[:3]}"
        )
    print(f"mirror: all {len(profiles)} organizations equal the registry at seq {seq}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url")
    parser.add_argument("token")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--verify", action="store_true", help="compare with a fresh export")
    parser.add_argument("--quiet", type=int, default=5, help="stop after this many idle seconds")
    args = parser.parse_args()
    client = AuthenticatedClient(base_url=args.base_url, token=args.token, timeout=60.0)
    if args.verify:
        verify(client, args.folder)
    else:
        mirror(client, args.folder, args.quiet)


if __name__ == "__main__":
    main()
