"""The `assistant` command line: chat, run, demo, when, status, db upgrade, admin grant,
roster import and export."""

from __future__ import annotations

import csv
import json
import logging
import os
import shlex
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from assistant.domain.model import Reminder
    from assistant.runtime.pacing import Pacer
    from assistant.runtime.platforms import Router
    from assistant.services.outbox import Status
    from handlers.console.adapter import ConsoleAdapter

from assistant.commands import GrantRole
from assistant.domain.dates import read_when
from assistant.domain.zones import zone_info
from assistant.messages import Message, UserError, msg
from assistant.ports import Clock
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock, ShiftedClock, SystemClock
from assistant.runtime.i18n import FluentTranslator, Renderer
from assistant.runtime.settings import Settings, SettingsError

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
db_app = typer.Typer(no_args_is_help=True, help="Database schema.")
admin_app = typer.Typer(no_args_is_help=True, help="Administration without chat.")
app.add_typer(db_app, name="db")
app.add_typer(admin_app, name="admin")
roster_app = typer.Typer(no_args_is_help=True, help="The roster of people as a CSV file.")
app.add_typer(roster_app, name="roster")


def _text(message_id: str, **args: str) -> str:
    """Operator-facing text, from the English Fluent files like everything else."""
    return FluentTranslator().translate("en", message_id, **args)


def _launcher() -> str:
    """How the person started the assistant (`./run.sh` sets it), for commands in hints."""
    return os.environ.get("ASSISTANT_LAUNCHER", "").strip() or "assistant"


def _settings() -> Settings:
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        typer.echo(_text(error.message_id, **error.args_), err=True)
        raise typer.Exit(2) from error
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if settings.log_level != "DEBUG":
        # APScheduler logs every run of the ticker at INFO (two lines a tick): noise at INFO.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return settings


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        raise typer.BadParameter(_text("cli-bad-instant", text=text)) from error
    if moment.tzinfo is None:
        raise typer.BadParameter(_text("cli-bad-instant", text=text))
    return moment


def _console(user: str, channel: str, now: str | None, database: str | None) -> None:
    from handlers.console.adapter import ConsoleAdapter

    settings = _settings()
    if database:
        settings = replace(settings, database_url=database)
    clock = FakeClock(_instant(now)) if now else None
    application = build(settings, clock or SystemClock())
    # A person at a terminal gets the prompt, line editing, history and colours; anything
    # else (a piped script, a test) reads and prints plain lines, as it always has.
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    adapter = ConsoleAdapter(
        application.assistant,
        application.translator,
        sys.stdout,
        user=user,
        channel=channel,
        clock=clock,
        echo=not sys.stdin.isatty(),
        export_dir=Path(settings.export_dir) if settings.export_dir else None,
    )
    if not interactive:
        _welcome(application, adapter, clock, database)
        _converse(application, adapter, settings, clock, lambda: adapter.run(sys.stdin))
        return

    from handlers.console.terminal import Terminal, history_path, wants_colour

    adapter.colour = wants_colour()
    terminal = Terminal(
        adapter,
        history_path(settings.database_url),
        verbs=application.assistant.command_words(),
        names=lambda: application.assistant.known_names("console"),
        colour=adapter.colour,
    )
    with terminal.printing_above():
        _welcome(application, adapter, clock, database)
        _converse(application, adapter, settings, clock, terminal.run)


def _welcome(
    application: Application,
    adapter: ConsoleAdapter,
    clock: FakeClock | None,
    database: str | None,
) -> None:
    """For a person at the keyboard: what the console is, and how to become secretariat
    while nobody is."""
    if not sys.stdin.isatty():
        return
    language = application.assistant.language_of("console", adapter.user)
    adapter.out.write(
        application.translator.translate(
            language,
            "console-welcome",
            user=f"@{adapter.user}",
            channel=adapter.channel,
            simulated="yes" if clock else "no",
            now=clock.now().strftime("%Y-%m-%d %H:%M UTC") if clock else "",
        )
        + "\n"
    )
    if not application.assistant.has_secretariat("console", adapter.user):
        command = f"{_launcher()} admin grant {adapter.user}"
        if database:
            command += f" --db {shlex.quote(database)}"
        adapter.out.write(
            application.translator.translate(
                language, "console-first-start", command=command, user=adapter.user
            )
            + "\n"
        )
    adapter.out.flush()


def _converse(
    application: Application,
    adapter: ConsoleAdapter,
    settings: Settings,
    clock: FakeClock | None,
    read: Callable[[], None],
) -> None:
    """Start the scheduler (or fire what is due on the simulated clock), then `read`."""
    from assistant.runtime.scheduler import start_ticker

    scheduler = None
    if clock is None:
        scheduler = start_ticker(application.assistant, adapter, settings.tick_seconds)
    else:
        adapter.tick()
    try:
        read()
    except KeyboardInterrupt:
        pass
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


@app.command()
def chat(
    as_user: Annotated[str, typer.Option("--as", help="Your user id, e.g. ana")] = "you",
    channel: Annotated[str, typer.Option("--in", help="Starting channel")] = "#general",
    now: Annotated[
        str | None, typer.Option(help="Start a simulated clock at this ISO 8601 instant")
    ] = None,
    database: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: DATABASE_URL or ./assistant.db)"),
    ] = None,
) -> None:
    """Chat with the assistant in the terminal (commands from stdin, interactive or piped)."""
    _console(as_user, channel, now, database)


@app.command()
def run(
    adapter: Annotated[
        str, typer.Option(help="console, slack, matrix, or several: slack,matrix")
    ] = "console",
    port: Annotated[int, typer.Option(help="HTTP port for Slack's requests")] = 3000,
    host: Annotated[str, typer.Option(help="Address to listen on")] = "0.0.0.0",
    as_user: Annotated[str, typer.Option("--as", help="Console user id")] = "you",
    now: Annotated[
        str | None,
        typer.Option(help="Run as if it were this ISO 8601 instant (the clock then runs on)"),
    ] = None,
) -> None:
    """Run the assistant: live scheduler plus the chosen chat adapters."""
    chosen = [name.strip() for name in adapter.split(",") if name.strip()]
    if chosen == ["console"]:
        _console(as_user, "#general", now, None)
        return
    unknown = [name for name in chosen if name not in ("slack", "matrix")]
    if unknown or not chosen:
        typer.echo(_text("cli-adapter-unavailable", adapter=adapter), err=True)
        raise typer.Exit(2)
    _serve(chosen, host, port, ShiftedClock(_instant(now)) if now else SystemClock())


def _serve(chosen: list[str], host: str, port: int, clock: Clock) -> None:
    """Serve Slack and/or Matrix from one process, one database and one scheduler."""
    from assistant.runtime.pacing import Pacer
    from assistant.runtime.platforms import Router
    from assistant.runtime.scheduler import start_ticker

    settings = _settings()
    try:
        if "slack" in chosen:
            settings.require_slack()
        if "matrix" in chosen:
            settings.require_matrix()
    except SettingsError as error:
        typer.echo(_text(error.message_id, **error.args_), err=True)
        raise typer.Exit(2) from error
    application = build(settings, clock)
    router = Router()
    # One pacer: the ceiling on scheduled sends, and the rates Slack's refusals taught.
    pacer = Pacer(settings.send_rate)
    stoppers = []
    if "slack" in chosen:
        stoppers.append(_start_slack(application, settings, router, host, port, pacer))
    if "matrix" in chosen:
        stoppers.append(_start_matrix(application, settings, router))
    scheduler = start_ticker(
        application.assistant,
        router,
        settings.tick_seconds,
        pacer,
        timedelta(seconds=settings.claim_timeout),
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        scheduler.shutdown(wait=False)
        for stopper in stoppers:
            stopper()


def _start_slack(
    application: Application,
    settings: Settings,
    router: Router,
    host: str,
    port: int,
    pacer: Pacer,
) -> Callable[[], None]:
    from handlers.slack.app import SlackAdapter, make_client
    from handlers.slack.server import serve_http, serve_socket_mode

    client = make_client(settings.slack_bot_token, settings.slack_api_base_url or None, pacer)
    slack = SlackAdapter(
        application.assistant, application.translator, client, settings.slack_signing_secret
    )
    router.add(slack, owns=lambda identifier: ":" not in identifier)
    if settings.slack_app_token:
        handler = serve_socket_mode(slack, settings.slack_app_token)
        typer.echo(_text("cli-slack-socket"))
        return handler.close
    server = serve_http(slack, host, port)
    typer.echo(_text("cli-slack-http", port=str(server.server_address[1])))
    return server.shutdown


def _start_matrix(
    application: Application, settings: Settings, router: Router
) -> Callable[[], None]:
    from handlers.matrix.app import MatrixAdapter, parse_power_roles

    matrix = MatrixAdapter(
        application.assistant,
        application.translator,
        settings.matrix_homeserver,
        settings.matrix_user_id,
        access_token=settings.matrix_access_token,
        password=settings.matrix_password,
        device_id=settings.matrix_device_id,
        power_roles=parse_power_roles(settings.matrix_power_roles),
    )
    router.add(matrix, owns=lambda identifier: ":" in identifier)
    matrix.start()
    typer.echo(_text("cli-matrix-ready", user=settings.matrix_user_id))
    return matrix.stop


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply all database migrations (also done on every start)."""
    build(_settings(), SystemClock())
    typer.echo(_text("cli-database-ready"))


@admin_app.command("grant")
def admin_grant(
    user: str,
    role: Annotated[
        str, typer.Option(help="secretariat, chair, member or stakeholder")
    ] = "secretariat",
    platform: Annotated[str, typer.Option(help="console, slack or matrix")] = "console",
    database: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: DATABASE_URL or ./assistant.db)"),
    ] = None,
) -> None:
    """Give a chat user a role, e.g. the first secretariat (as `/assistant role` does)."""
    settings = _settings()
    if database:
        settings = replace(settings, database_url=database)
    application = build(settings, SystemClock())
    user_id = user.lstrip("@") if ":" not in user else user
    renderer = Renderer(application.translator)
    try:
        replies = application.assistant.administer(
            platform, ("assistant", "role"), GrantRole(user_id, role.lower())
        )
    except UserError as error:
        typer.echo(renderer.render((error.message,), "en", "UTC"), err=True)
        raise typer.Exit(2) from error
    for reply in replies:
        typer.echo(renderer.render(reply.lines, "en", "UTC"))


def _roster_application(database: str | None) -> Application:
    settings = _settings()
    if database:
        settings = replace(settings, database_url=database)
    return build(settings, SystemClock())


def _roster_printer(application: Application, language: str) -> Callable[..., None]:
    from assistant.services.admin import LANGUAGES

    renderer = Renderer(application.translator)
    chosen = language.lower() if language.lower() in LANGUAGES else "en"

    def say(message: Message, err: bool = False) -> None:
        typer.echo(renderer.render((message,), chosen, "UTC"), err=err)

    return say


_ROSTER_DB = typer.Option("--db", help="Database URL (default: DATABASE_URL or ./assistant.db)")
_ROSTER_LANGUAGE = typer.Option(help="Language of the messages: en, fr, es, ru, ar or zh")


@roster_app.command("import")
def roster_import(
    file: Path,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would change, change nothing")
    ] = False,
    database: Annotated[str | None, _ROSTER_DB] = None,
    language: Annotated[str, _ROSTER_LANGUAGE] = "en",
) -> None:
    """Add or update people from a CSV roster (all lines or none); exits 1 on a bad line."""
    from assistant.services import roster

    application = _roster_application(database)
    say = _roster_printer(application, language)
    try:
        with file.open(newline="", encoding="utf-8-sig") as opened:
            reader = csv.reader(opened)
            # The number of the line a row ends on, as an editor shows it.
            rows = [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        say(msg("roster-error-file", path=str(file), reason=str(error)), err=True)
        raise typer.Exit(2) from error
    lines, bad = roster.read(rows)
    if not bad:
        outcome = application.assistant.import_roster(lines, dry_run)
        bad = outcome.bad
    if bad:
        for found in sorted(bad, key=lambda b: b.number):
            say(msg("roster-line-bad", line=found.number, reason=found.reason), err=True)
        say(msg("roster-refused", count=len(bad)), err=True)
        raise typer.Exit(1)
    for change in outcome.changes:
        say(
            msg(
                "roster-line-added" if change.added else "roster-line-changed",
                line=change.number,
                platform=change.platform,
                user=change.user_id,
                columns=", ".join(change.columns) or "—",
            )
        )
    if not outcome.changes:
        say(msg("roster-unchanged", count=outcome.unchanged))
        return
    added = sum(1 for change in outcome.changes if change.added)
    say(
        msg(
            "roster-summary",
            dryrun="yes" if dry_run else "no",
            added=added,
            changed=len(outcome.changes) - added,
            unchanged=outcome.unchanged,
            organisations=outcome.organisations_added,
        )
    )


@roster_app.command("export")
def roster_export(
    file: Path,
    database: Annotated[str | None, _ROSTER_DB] = None,
    language: Annotated[str, _ROSTER_LANGUAGE] = "en",
) -> None:
    """Write everyone known to a CSV roster, in the form `roster import` reads."""
    from assistant.services import roster

    application = _roster_application(database)
    say = _roster_printer(application, language)
    found = application.assistant.export_roster()
    try:
        with file.open("w", newline="", encoding="utf-8") as opened:
            writer = csv.writer(opened)
            writer.writerow(roster.HEADER)
            writer.writerows(found)
    except OSError as error:
        say(msg("roster-error-file", path=str(file), reason=str(error)), err=True)
        raise typer.Exit(2) from error
    say(msg("roster-exported", path=str(file), count=len(found)))


@app.command()
def when(
    text: str,
    tz: Annotated[str, typer.Option(help="The reader's zone")] = "UTC",
    now: Annotated[
        str | None, typer.Option(help="ISO 8601 instant to read relative dates from")
    ] = None,
    language: Annotated[
        str, typer.Option(help="The reader's language: read in first, answered in")
    ] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Show how a typed date is read; exits 2 with a message when it cannot be."""
    translator = FluentTranslator()
    renderer = Renderer(translator)
    moment = _instant(now) if now else SystemClock().now()
    try:
        from assistant.domain.zones import require_zone

        zone = require_zone(tz)
        result = read_when(text, zone=zone, now=moment, language=language)
    except UserError as error:
        typer.echo(renderer.render((error.message,), "en", "UTC"), err=True)
        raise typer.Exit(2) from error
    local = result.at.astimezone(zone_info(result.zone))
    if as_json:
        payload = {
            "utc": result.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "zone": result.zone,
            "local": local.isoformat(),
            "language": result.language,
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
    else:
        from assistant.messages import When

        lines = (
            msg("when-read", text=text, when=When(result.at, result.zone)),
            msg("when-language", language=msg("language-name", language=result.language)),
        )
        typer.echo(renderer.render(lines, language, zone))


@app.command()
def status(
    database: Annotated[
        str | None,
        typer.Option("--db", help="Database URL (default: DATABASE_URL or ./assistant.db)"),
    ] = None,
    now: Annotated[
        str | None, typer.Option(help="Look as of this ISO 8601 instant instead of now")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Show scheduled delivery from outside: messages per kind and state, the oldest one due."""
    settings = _settings()
    if database:
        settings = replace(settings, database_url=database)
    application = build(settings, FakeClock(_instant(now)) if now else SystemClock())
    try:
        found = application.assistant.delivery_status()
    finally:
        application.engine.dispose()
    if as_json:
        typer.echo(json.dumps(_status_json(found), ensure_ascii=False))
        return
    for line in _status_lines(found):
        typer.echo(line)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _status_json(found: Status) -> dict[str, object]:
    oldest = found.oldest_due
    return {
        "now": _stamp(found.now),
        "kinds": {
            kind: {state.value: count for state, count in states.items()}
            for kind, states in sorted(found.counts.items())
        },
        "oldest_due": None if oldest is None else _row_json(oldest),
    }


def _row_json(row: Reminder) -> dict[str, object]:
    return {
        "key": row.key,
        "kind": row.kind,
        "due_at": _stamp(row.due_at),
        "attempts": row.attempts,
        "failures": row.failures,
        "next_try_at": _stamp(row.next_try_at) if row.next_try_at else None,
        "last_error": row.last_error,
    }


def _status_lines(found: Status) -> list[str]:
    def shown(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d %H:%M UTC")

    if not found.counts:
        return [_text("cli-status-empty")]
    lines = [_text("cli-status-header", now=shown(found.now))]
    for kind, states in sorted(found.counts.items()):
        counts = {state.value: str(count) for state, count in states.items()}
        lines.append("  " + _text("cli-status-kind", kind=kind, **counts))
    oldest = found.oldest_due
    if oldest is None:
        lines.append(_text("cli-status-none-due"))
        return lines
    lines.append(
        _text(
            "cli-status-oldest",
            key=oldest.key,
            due=shown(oldest.due_at),
            attempts=str(oldest.attempts),
            failures=str(oldest.failures),
        )
    )
    if oldest.next_try_at is not None and oldest.next_try_at > found.now:
        lines.append("  " + _text("cli-status-next-try", at=shown(oldest.next_try_at)))
    if oldest.last_error:
        lines.append("  " + _text("cli-status-last-error", error=oldest.last_error))
    return lines


@app.command()
def demo(
    folder: Annotated[
        Path | None,
        typer.Option(
            "--dir", help="Folder for the demo's database and files (default: a new temporary one)"
        ),
    ] = None,
    database: Annotated[
        str | None, typer.Option("--db", help="Database URL (default: demo.db in the folder)")
    ] = None,
    fresh: Annotated[bool, typer.Option(help="Start from an empty database")] = True,
) -> None:
    """Play the CWG-Internet scenario (Oct 2024 – Jan 2025) on a simulated clock."""
    import tempfile

    from assistant.runtime.demo import play

    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="assistant-demo-"))
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    database_url = database or f"sqlite:///{folder / 'demo.db'}"
    play(database_url, fresh=fresh, out=sys.stdout, workdir=folder, launcher=_launcher())


def main() -> None:
    app()
