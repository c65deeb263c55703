"""Configuration in one place: ``CONFLICTKG_*`` and ``NEO4J_*`` environment variables.

Read at call time (not import time) so tests and the CLI can change them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    db: Path
    pack: str
    lock_timeout: float
    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str
    neo4j_database: str


def get(**overrides) -> Settings:
    env = os.environ
    values = dict(
        db=Path(env.get("CONFLICTKG_DB", "conflictkg.db")),
        pack=env.get("CONFLICTKG_PACK", "sahel"),
        lock_timeout=float(env.get("CONFLICTKG_LOCK_TIMEOUT", "10")),
        neo4j_uri=env.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        neo4j_user=env.get("NEO4J_USERNAME", "neo4j"),
        neo4j_password=env.get("NEO4J_PASSWORD", "conflictkg"),
        neo4j_database=env.get("NEO4J_DATABASE", "neo4j"),
    )
    values.update({k: v for k, v in overrides.items() if v is not None})
    if not isinstance(values["db"], Path):
        values["db"] = Path(values["db"])
    return Settings(**values)
