#!/usr/bin/env python3
"""Writes to a live registry while a mirror follows it (.ci/run): new agencies with
licences, licence status changes, amendments, and complaints against existing
organizations. Standard library only.

    python concurrent_writes.py BASE_URL ADMIN_TOKEN [ROUNDS]
"""

from __future__ import annotations

import json
import sys
import urllib.request


def call(base: str, token: str, method: str, path: str, body=None) -> dict:
    request = urllib.request.Request(
        base + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main() -> None:
    base, token = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    for i in range(rounds):
        org = call(base, token, "POST", "/api/v1/organizations",
                   {"kind": "agency", "name": f"Mirror Demo Agency {i}", "country": "NP"})
        licence = call(base, token, "POST", f"/api/v1/organizations/{org['id']}/licences",
                       {"authority": "NP", "authority_name": "Department of Foreign Employment",
                        "number": f"MIRROR-{i}", "valid_from": "2025-01-01",
                        "valid_until": "2099-01-01", "status": "active"})
        if i % 3 == 0:
            call(base, token, "POST", f"/api/v1/licences/{licence['id']}/status",
                 {"status": "suspended", "reason": "Inspection of fee receipts"})
        if i % 4 == 0:
            call(base, token, "PATCH", f"/api/v1/organizations/{org['id']}",
                 {"name": f"Mirror Demo Agency {i} Renamed", "reason": "New trade name"})
        call(base, token, "POST", "/api/v1/complaints",
             {"respondents": [{"organization_id": org["id"]}],
              "categories": ["recruitment_fee"], "incident_countries": ["NP"]})
    print(f"concurrent writes: {rounds} rounds done")


if __name__ == "__main__":
    main()
