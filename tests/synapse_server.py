"""A real Matrix homeserver for end-to-end tests: Synapse from PyPI, in its own virtualenv
(`.venv-synapse`, made by test.sh), on SQLite, listening on 127.0.0.1 only.

`synapse` is a session-scoped fixture: import it into a test module to use it. It skips, with
the reason, when Synapse is not installed or does not start.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYNAPSE_PYTHON = ROOT / ".venv-synapse" / "bin" / "python"
SERVER_NAME = "localhost"
HOST = "127.0.0.1"
START_TIMEOUT = 60.0
# Nothing in a test should ever be slowed down or refused by the homeserver's rate limits.
UNLIMITED = {"per_second": 10_000, "burst_count": 10_000}

# Only ever loopback: never through a proxy from the environment.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Registered:
    user_id: str
    password: str
    access_token: str


class SynapseServer:
    """A running homeserver and its shared-secret registration."""

    def __init__(self, directory: Path, port: int, shared_secret: str) -> None:
        self.directory = directory
        self.port = port
        self.shared_secret = shared_secret
        self.url = f"http://{HOST}:{port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.users: dict[str, Registered] = {}

    # ------------------------------------------------------------------ lifecycle

    def configure(self) -> Path:
        """Generate the keys and secrets, then override what the tests need."""
        generated = self.directory / "homeserver.yaml"
        self._run_synapse(
            "--server-name",
            SERVER_NAME,
            "--config-path",
            str(generated),
            "--generate-config",
            "--report-stats=no",
            "--data-directory",
            str(self.directory),
        )
        overrides: dict[str, Any] = {
            "server_name": SERVER_NAME,
            "pid_file": str(self.directory / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": [HOST],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {
                "name": "sqlite3",
                "args": {"database": str(self.directory / "homeserver.db")},
            },
            "media_store_path": str(self.directory / "media_store"),
            "registration_shared_secret": self.shared_secret,
            "enable_registration": False,
            "report_stats": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "url_preview_enabled": False,
            "enable_metrics": False,
            "bcrypt_rounds": 4,
            "rc_message": UNLIMITED,
            "rc_registration": UNLIMITED,
            "rc_login": {
                "address": UNLIMITED,
                "account": UNLIMITED,
                "failed_attempts": UNLIMITED,
            },
            "rc_joins": {"local": UNLIMITED, "remote": UNLIMITED},
            "rc_joins_per_room": UNLIMITED,
            "rc_invites": {
                "per_room": UNLIMITED,
                "per_user": UNLIMITED,
                "per_issuer": UNLIMITED,
            },
            "rc_room_creation": UNLIMITED,
        }
        # JSON is YAML; a later config file overrides the top-level keys of an earlier one.
        override = self.directory / "test-overrides.yaml"
        override.write_text(json.dumps(overrides, indent=2))
        return override

    def _run_synapse(self, *args: str) -> None:
        result = subprocess.run(
            [str(SYNAPSE_PYTHON), "-m", "synapse.app.homeserver", *args],
            cwd=self.directory,
            capture_output=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).decode(errors="replace")
            raise RuntimeError(f"synapse {' '.join(args[:1])} failed:\n{output[-3000:]}")

    def start(self) -> None:
        override = self.configure()
        log = (self.directory / "stdout.log").open("wb")
        self.process = subprocess.Popen(
            [
                str(SYNAPSE_PYTHON),
                "-m",
                "synapse.app.homeserver",
                "--config-path",
                str(self.directory / "homeserver.yaml"),
                "--config-path",
                str(override),
            ],
            cwd=self.directory,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Synapse exited with code {self.process.returncode}")
            try:
                status, _ = self.request("GET", "/_matrix/client/versions", timeout=1)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"Synapse did not answer within {START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log_tail(self, lines: int = 30) -> str:
        text = ""
        for name in ("stdout.log", "homeserver.log"):
            path = self.directory / name
            if path.exists():
                content = path.read_text(errors="replace").splitlines()[-lines:]
                text += f"--- {name}\n" + "\n".join(content) + "\n"
        return text or "(no log)"

    # ------------------------------------------------------------------ HTTP

    def request(
        self, method: str, path: str, body: dict[str, Any] | None = None, timeout: float = 10
    ) -> tuple[int, dict[str, Any]]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"} if data else {},
        )
        try:
            with _opener.open(request, timeout=timeout) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def register(self, localpart: str, password: str | None = None, admin: bool = False) -> str:
        """A user through the shared-secret admin API; returns the user id. Idempotent."""
        user_id = f"@{localpart}:{SERVER_NAME}"
        if user_id in self.users:
            return user_id
        password = password or f"pw-{localpart}-{secrets.token_hex(4)}"
        status, answer = self.request("GET", "/_synapse/admin/v1/register")
        assert status == 200, answer
        nonce = answer["nonce"]
        message = b"\x00".join(
            [
                nonce.encode(),
                localpart.encode(),
                password.encode(),
                b"admin" if admin else b"notadmin",
            ]
        )
        mac = hmac.new(self.shared_secret.encode(), message, hashlib.sha1).hexdigest()
        status, answer = self.request(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": mac,
            },
        )
        assert status == 200, answer
        self.users[user_id] = Registered(user_id, password, answer["access_token"])
        return user_id

    def password(self, user_id: str) -> str:
        return self.users[user_id].password


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    """One homeserver for the whole test session, stopped at the end."""
    if not SYNAPSE_PYTHON.exists():
        pytest.skip(
            f"Synapse is not installed ({SYNAPSE_PYTHON} is missing): "
            "run ./test.sh, which installs matrix-synapse into .venv-synapse"
        )
    server = SynapseServer(
        tmp_path_factory.mktemp("synapse"), free_port(), secrets.token_urlsafe(24)
    )
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        server.stop()
        pytest.skip(f"Synapse could not be started: {error}\n{server.log_tail()}")
    try:
        yield server
    finally:
        server.stop()
