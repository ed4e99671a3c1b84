"""The composition root: wires storage, clock, translations and the application together."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from sqlalchemy import Engine

from assistant.dispatch import Assistant
from assistant.ports import Clock, UnitOfWork
from assistant.runtime.i18n import FluentTranslator
from assistant.runtime.settings import Settings
from storage.database import make_engine, upgrade
from storage.repositories import SqlUnitOfWork


@dataclass
class Application:
    assistant: Assistant
    engine: Engine
    translator: FluentTranslator


def build(settings: Settings, clock: Clock, migrate: bool = True) -> Application:
    """Open the database (migrating it to the newest schema) and build the assistant."""
    engine = make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    translator = FluentTranslator()

    def unit_of_work(*, read_only: bool = False) -> UnitOfWork:
        return SqlUnitOfWork(engine, read_only=read_only)

    assistant = Assistant(unit_of_work, clock, translator, admins=settings.admins)
    # What start-up loaded (libraries, locale data) lives as long as the process: keep it out
    # of the garbage collector's way, which otherwise rescans it on every large query.
    gc.freeze()
    return Application(assistant, engine, translator)
