"""Settings from the environment, validated at start-up; secrets are never printed."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_DATABASE_URL = "sqlite:///./assistant.db"


class SettingsError(ValueError):
    """A setting is missing or malformed: a message id naming the setting (never its value)."""

    def __init__(self, message_id: str, **args: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_ = args


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    admins: frozenset[str] = field(default_factory=frozenset)
    tick_seconds: float = 30.0
    log_level: str = "WARNING"
    # A ceiling: the Slack adapter learns the platform's own limits from its refusals.
    send_rate: float = 100.0
    claim_timeout: float = 120.0
    slack_bot_token: str = field(default="", repr=False)
    slack_signing_secret: str = field(default="", repr=False)
    slack_app_token: str = field(default="", repr=False)
    slack_api_base_url: str = ""
    matrix_homeserver: str = ""
    matrix_user_id: str = ""
    matrix_access_token: str = field(default="", repr=False)
    matrix_password: str = field(default="", repr=False)
    matrix_device_id: str = "CONSULTATION_ASSISTANT"
    matrix_power_roles: str = ""
    # Where the console writes exports and calendars asked for with a path ("" = working folder).
    export_dir: str = ""

    def require_matrix(self) -> None:
        """Matrix needs a homeserver, the bot's user id, and a token or a password."""
        for name, value in (
            ("MATRIX_HOMESERVER", self.matrix_homeserver),
            ("MATRIX_USER_ID", self.matrix_user_id),
        ):
            if not value:
                raise SettingsError("config-missing", name=name)
        if not self.matrix_access_token and not self.matrix_password:
            raise SettingsError("config-missing", name="MATRIX_ACCESS_TOKEN")

    def require_slack(self) -> None:
        """Slack needs a bot token and, over HTTP, the signing secret."""
        if not self.slack_bot_token:
            raise SettingsError("config-missing", name="SLACK_BOT_TOKEN")
        if not self.slack_app_token and not self.slack_signing_secret:
            raise SettingsError("config-missing", name="SLACK_SIGNING_SECRET")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        tick = _positive(env, "ASSISTANT_TICK_SECONDS", 30.0)
        send_rate = _positive(env, "ASSISTANT_SEND_RATE", 100.0)
        claim_timeout = _positive(env, "ASSISTANT_CLAIM_TIMEOUT", 120.0)
        # Console and Slack ids are written with or without "@"; Matrix ids keep theirs.
        admins = frozenset(
            a if ":" in a else a.lstrip("@")
            for a in (part.strip() for part in env.get("ASSISTANT_ADMINS", "").split(","))
            if a
        )
        export_dir = env.get("ASSISTANT_EXPORT_DIR", "")
        if export_dir and not os.path.isdir(export_dir):
            raise SettingsError("config-export-dir", name="ASSISTANT_EXPORT_DIR")
        level = env.get("LOG_LEVEL", "WARNING").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError("config-log-level", name="LOG_LEVEL")
        return cls(
            database_url=env.get("DATABASE_URL", DEFAULT_DATABASE_URL),
            admins=admins,
            tick_seconds=tick,
            log_level=level,
            send_rate=send_rate,
            claim_timeout=claim_timeout,
            slack_bot_token=env.get("SLACK_BOT_TOKEN", ""),
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", ""),
            slack_app_token=env.get("SLACK_APP_TOKEN", ""),
            slack_api_base_url=env.get("SLACK_API_BASE_URL", ""),
            matrix_homeserver=env.get("MATRIX_HOMESERVER", ""),
            matrix_user_id=env.get("MATRIX_USER_ID", ""),
            matrix_access_token=env.get("MATRIX_ACCESS_TOKEN", ""),
            matrix_password=env.get("MATRIX_PASSWORD", ""),
            matrix_device_id=env.get("MATRIX_DEVICE_ID", "CONSULTATION_ASSISTANT"),
            matrix_power_roles=env.get("MATRIX_POWER_ROLES", ""),
            export_dir=export_dir,
        )


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    try:
        value = float(env.get(name, default))
    except ValueError as error:
        raise SettingsError("config-positive-number", name=name) from error
    if value <= 0:
        raise SettingsError("config-positive-number", name=name)
    return value
